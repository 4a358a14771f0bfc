"""What a bot does with messages, seen the way a parent in the chat would see it."""

import datetime as dt

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bot.emulator import BotApiEmulator
from tests.emulator.helpers import builder, polling

KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Got it", callback_data="ack:7")]])


def class_group(emu: BotApiEmulator, **bot_rights: bool):
    sarah, tom = emu.create_user("Sarah", last_name="Jones"), emu.create_user("Tom")
    group = emu.create_group("Year 3 Parents", creator=sarah, members=[tom])
    if bot_rights:
        emu.add_bot(group, by=sarah, status="administrator", **bot_rights)
    else:
        emu.add_bot(group, by=sarah)
    return sarah, tom, group


@pytest.mark.asyncio
async def test_when_bot_replies_then_the_reply_shows_in_the_chat_log(
    emulator: BotApiEmulator,
) -> None:
    sarah, tom, group = class_group(emulator)

    async def remind(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(
            "<b>Reminder:</b> please contact the office", parse_mode=ParseMode.HTML,
            reply_markup=KEYBOARD,
        )

    app = builder(emulator).build()
    app.add_handler(MessageHandler(filters.TEXT, remind))
    async with polling(app):
        message = emulator.send_message(group, tom, "The teacher never answers")
        await emulator.wait_for(lambda: emulator.bot_messages(group))
    reply = emulator.bot_messages(group)[0]
    assert reply.text == "Reminder: please contact the office"
    assert reply.entities == [{"type": "bold", "offset": 0, "length": 9}]
    assert reply.reply_to_message_id == message.message_id
    assert reply.reply_markup == KEYBOARD.to_dict()
    assert [m.from_id for m in emulator.chat_log(group)] == [sarah.id, tom.id, emulator.bot.id]


@pytest.mark.asyncio
async def test_when_bot_has_delete_rights_then_it_deletes_and_chat_shows_it(
    emulator: BotApiEmulator,
) -> None:
    _, tom, group = class_group(emulator, can_delete_messages=True)
    message = emulator.send_message(group, tom, "Here is Jayden's phone number")
    async with builder(emulator).build() as app:
        assert await app.bot.delete_message(group.id, message.message_id) is True
        with pytest.raises(BadRequest, match="Message to delete not found"):
            await app.bot.delete_message(group.id, message.message_id)
        with pytest.raises(BadRequest, match="Message to delete not found"):
            await app.bot.delete_message(group.id, 999)
        more = [emulator.send_message(group, tom, f"spam {n}") for n in range(2)]
        ids = [m.message_id for m in more]
        assert await app.bot.delete_messages(group.id, [*ids, 999])  # missing ones are skipped
    assert emulator.deleted_messages(group) == [message, *more]


@pytest.mark.asyncio
async def test_when_bot_lacks_delete_rights_then_telegram_refuses(
    emulator: BotApiEmulator,
) -> None:
    _, tom, group = class_group(emulator)
    message = emulator.send_message(group, tom, "something to remove")
    async with builder(emulator).build() as app:
        with pytest.raises(BadRequest, match="Message can't be deleted"):
            await app.bot.delete_message(group.id, message.message_id)
        own = await app.bot.send_message(group.id, "my own note")
        assert await app.bot.delete_message(group.id, own.message_id)  # its own: always allowed
    emulator.set_bot_rights(group, can_delete_messages=True)
    emulator.advance(49 * 3600)
    async with builder(emulator).build() as app:
        with pytest.raises(BadRequest, match="Message can't be deleted"):  # older than 48 hours
            await app.bot.delete_message(group.id, message.message_id)
    assert not message.deleted


@pytest.mark.asyncio
async def test_when_a_button_is_pressed_then_bot_answers_and_edits(
    emulator: BotApiEmulator,
) -> None:
    _, tom, group = class_group(emulator)

    async def acknowledge(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.callback_query.answer("Thank you", show_alert=True)
        query = update.callback_query
        await query.edit_message_text(f"Acknowledged ({query.data})")

    app = builder(emulator).build()
    app.add_handler(CallbackQueryHandler(acknowledge))
    async with polling(app):
        await app.bot.send_message(group.id, "Please read the rules", reply_markup=KEYBOARD)
        notice = emulator.bot_messages(group)[0]
        query_id = emulator.press_button(notice, tom, "ack:7")
        await emulator.wait_for(lambda: notice.edit_date is not None)
    assert emulator.answered_callbacks == [(query_id, "Thank you", True)]
    assert notice.text == "Acknowledged (ack:7)"
    assert notice.reply_markup is None  # editing text without a keyboard removes it
    with pytest.raises(ValueError, match="no button with that callback_data"):
        emulator.press_button(notice, tom, "ack:7")


@pytest.mark.asyncio
async def test_when_bot_edits_badly_then_telegram_errors_come_back(
    emulator: BotApiEmulator,
) -> None:
    _, tom, group = class_group(emulator)
    theirs = emulator.send_message(group, tom, "a parent's message")
    async with builder(emulator).build() as app:
        mine = await app.bot.send_message(group.id, "same text")
        with pytest.raises(BadRequest, match="Message is not modified"):
            await mine.edit_text("same text")
        with pytest.raises(BadRequest, match="Message can't be edited"):
            await app.bot.edit_message_text("changed", group.id, theirs.message_id)
        with pytest.raises(BadRequest, match="Can't parse entities"):
            await app.bot.send_message(group.id, "<b>unclosed", parse_mode=ParseMode.HTML)
        with pytest.raises(BadRequest, match="Message to be replied not found"):
            await app.bot.send_message(group.id, "hi", reply_to_message_id=99)
        with pytest.raises(BadRequest, match="Button_data_invalid"):
            too_long = InlineKeyboardButton("x", callback_data="x" * 65)
            markup = InlineKeyboardMarkup([[too_long]])
            await app.bot.send_message(group.id, "hi", reply_markup=markup)


@pytest.mark.asyncio
async def test_when_bot_sends_a_document_privately_then_the_user_receives_the_file(
    emulator: BotApiEmulator,
) -> None:
    head = emulator.create_user("Helen", last_name="Head")
    emulator.send_private(head, "/start review")
    async with builder(emulator).build() as app:
        updates = await app.bot.get_updates()
        assert updates[0].message.text == "/start review"
        assert updates[0].message.chat.type == "private"
        export = InputFile(b"case,clause\n12,respect\n", filename="review-queue.csv")
        sent = await app.bot.send_document(head.id, export, caption="This week's queue")
    assert sent.document.file_name == "review-queue.csv"
    received = emulator.private_messages(head)
    assert [m.caption for m in received] == ["This week's queue"]
    assert received[0].document.content == b"case,clause\n12,respect\n"
    assert received[0].document.mime_type == "text/csv"


def test_when_the_clock_is_set_then_messages_carry_that_date(emulator: BotApiEmulator) -> None:
    monday = dt.datetime(2026, 3, 2, 8, 30, tzinfo=dt.UTC)
    emulator.now = monday
    sarah, tom, group = class_group(emulator)
    first = emulator.send_message(group, tom, "Morning all")
    yesterday = monday - dt.timedelta(days=1)
    earlier = emulator.send_message(group, tom, "Sent from the past", date=yesterday)
    emulator.advance(60)
    edited = emulator.edit_message(first, "Morning everyone")
    assert first.date == int(monday.timestamp())
    assert earlier.date == int(monday.timestamp()) - 86400
    assert edited.edit_date == int(monday.timestamp()) + 60
    with pytest.raises(ValueError, match="timezone-aware"):
        emulator.now = dt.datetime(2026, 3, 2, 8, 30)  # noqa: DTZ001 - the mistake under test
    stranger = emulator.create_user("Stranger")
    with pytest.raises(ValueError, match="not a member"):
        emulator.send_message(group, stranger, "hello")


@pytest.mark.asyncio
async def test_when_people_edit_forward_and_share_photos_then_bot_gets_those_updates(
    emulator: BotApiEmulator,
) -> None:
    sarah, tom, group = class_group(emulator)
    original = emulator.send_message(group, tom, "Trip is on Friday")
    emulator.edit_message(original, "Trip is on Thursday")
    emulator.send_photo(group, sarah, caption="Class photo 📸")
    emulator.send_message(group, tom, "Read this", forward_from=sarah)
    emulator.send_message(group, tom, "Ask @kindly_test_bot or see https://school.example")
    async with builder(emulator).build() as app:
        updates = (await app.bot.get_updates())[2:]  # after my_chat_member and the service message
        chat = await app.bot.get_chat(group.id)
    edited, photo, forwarded, linked = updates[1:]
    assert updates[0].message.text == "Trip is on Friday"
    assert edited.edited_message.text == "Trip is on Thursday"
    assert edited.edited_message.edit_date is not None
    assert photo.message.caption == "Class photo 📸" and len(photo.message.photo) == 2
    assert forwarded.message.forward_origin.sender_user.id == sarah.id
    assert [entity.type for entity in linked.message.entities] == ["mention", "url"]
    assert linked.message.parse_entity(linked.message.entities[0]) == "@kindly_test_bot"
    assert chat.title == "Year 3 Parents"
