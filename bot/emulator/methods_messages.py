"""Message methods: sending, editing and deleting messages, documents and button answers."""

import datetime as dt
from pathlib import PurePosixPath

from bot.emulator import errors
from bot.emulator.formatting import format_text
from bot.emulator.methods_chats import open_chat
from bot.emulator.model import ADMINISTRATOR, CREATOR, PRIVATE, Document, MessageRecord
from bot.emulator.params import UploadedFile
from bot.emulator.registry import api_method
from bot.emulator.world import ChatState, World

MAX_TEXT = 4096
MAX_CAPTION = 1024
DELETE_WINDOW = dt.timedelta(hours=48)
_BUTTON_ACTIONS = frozenset({
    "url", "callback_data", "web_app", "login_url", "switch_inline_query",
    "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
    "callback_game", "pay",
})


@api_method("sendMessage")
def send_message(world: World, params: dict) -> dict:
    """sendMessage: the bot posts a text message."""
    state = open_chat(world, params["chat_id"])
    text, entities = _visible_text(params["text"], params)
    if not text.strip():
        raise errors.bad_request(errors.TEXT_EMPTY)
    if len(text) > MAX_TEXT:
        raise errors.bad_request(errors.TEXT_TOO_LONG)
    record = world.add_message(
        state,
        world.bot.id,
        world.stamp(),
        text=text,
        entities=entities or None,
        parse_mode=params.get("parse_mode"),
        reply_to_message_id=_reply_target(world, state, params),
        reply_markup=_checked_markup(params.get("reply_markup")),
    )
    return world.message_json(state, record)


@api_method("sendDocument")
def send_document(world: World, params: dict) -> dict:
    """sendDocument: the bot posts a file (an upload, a known file_id or a URL)."""
    state = open_chat(world, params["chat_id"])
    caption = None
    if "caption" in params:
        caption, _ = format_text(params["caption"], params.get("parse_mode"))
        if len(caption) > MAX_CAPTION:
            raise errors.bad_request("message caption is too long")
    record = world.add_message(
        state,
        world.bot.id,
        world.stamp(),
        document=_document(world, params["document"]),
        caption=caption,
        reply_to_message_id=_reply_target(world, state, params),
        reply_markup=_checked_markup(params.get("reply_markup")),
    )
    return world.message_json(state, record)


@api_method("sendChatAction")
def send_chat_action(world: World, params: dict) -> bool:
    """sendChatAction: 'typing...' and the like; only the access check matters here."""
    open_chat(world, params["chat_id"])
    return True


@api_method("editMessageText")
def edit_message_text(world: World, params: dict) -> dict:
    """editMessageText: the bot rewrites one of its messages (an absent keyboard is removed)."""
    state, record = _own_message(world, params)
    text, entities = _visible_text(params["text"], params)
    if not text.strip():
        raise errors.bad_request(errors.TEXT_EMPTY)
    markup = _checked_markup(params.get("reply_markup"))
    if text == record.text and markup == record.reply_markup:
        raise errors.bad_request(errors.NOT_MODIFIED)
    record.text, record.entities = text, entities or None
    record.reply_markup = markup
    record.edit_date = world.stamp()
    return world.message_json(state, record)


@api_method("editMessageReplyMarkup")
def edit_message_reply_markup(world: World, params: dict) -> dict:
    """editMessageReplyMarkup: the bot changes or removes a message's inline keyboard."""
    state, record = _own_message(world, params)
    markup = _checked_markup(params.get("reply_markup"))
    if markup == record.reply_markup:
        raise errors.bad_request(errors.NOT_MODIFIED)
    record.reply_markup = markup
    return world.message_json(state, record)


@api_method("deleteMessage")
def delete_message(world: World, params: dict) -> bool:
    """deleteMessage: delete one message, within Telegram's rights and 48-hour window."""
    state = open_chat(world, params["chat_id"])
    record = world.message(state, params["message_id"])
    if record is None or record.deleted:
        raise errors.bad_request(errors.DELETE_NOT_FOUND)
    if not _may_delete(world, state, record):
        raise errors.bad_request(errors.CANT_DELETE)
    record.deleted = True
    return True


@api_method("deleteMessages")
def delete_messages(world: World, params: dict) -> bool:
    """deleteMessages: delete several messages; missing ones are skipped, as documented."""
    state = open_chat(world, params["chat_id"])
    ids = params["message_ids"]
    if not 1 <= len(ids) <= 100:
        raise errors.bad_request("too many messages to delete" if ids else "message ids are empty")
    found = [world.message(state, message_id) for message_id in ids]
    present = [record for record in found if record is not None and not record.deleted]
    if not present:
        raise errors.bad_request(errors.DELETE_NOT_FOUND)
    if any(not _may_delete(world, state, record) for record in present):
        raise errors.bad_request(errors.CANT_DELETE)
    for record in present:
        record.deleted = True
    return True


@api_method("answerCallbackQuery")
def answer_callback_query(world: World, params: dict) -> bool:
    """answerCallbackQuery: stop the button's spinner, optionally with a notice or alert."""
    query = world.callbacks.get(params["callback_query_id"])
    if query is None or query.answered:
        raise errors.bad_request(errors.QUERY_TOO_OLD)
    query.answered = True
    world.answered.append(
        (query.query_id, params.get("text"), bool(params.get("show_alert", False)))
    )
    return True


def _visible_text(text: str, params: dict) -> tuple[str, list[dict]]:
    if "entities" in params:
        return text, list(params["entities"])
    return format_text(text, params.get("parse_mode"))


def _reply_target(world: World, state: ChatState, params: dict) -> int | None:
    reply = params.get("reply_parameters")
    if not reply:
        return None
    other_chat = reply.get("chat_id")
    target = world.message(state, reply["message_id"])
    if other_chat not in (None, state.chat.id) or target is None or target.deleted:
        if reply.get("allow_sending_without_reply"):
            return None
        raise errors.bad_request(errors.REPLY_NOT_FOUND)
    return target.message_id


def _checked_markup(markup: dict | None) -> dict | None:
    if not markup or "inline_keyboard" not in markup:
        return markup or None
    for row in markup["inline_keyboard"]:
        for button in row:
            if not _BUTTON_ACTIONS.intersection(button):
                raise errors.bad_request(
                    "can't parse inline keyboard button: Text buttons are unallowed in the "
                    "inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= 64:
                raise errors.bad_request(errors.BUTTON_DATA_INVALID)
    return markup


def _own_message(world: World, params: dict) -> tuple[ChatState, MessageRecord]:
    if "inline_message_id" in params:
        raise errors.bad_request("MESSAGE_ID_INVALID")
    if "chat_id" not in params or "message_id" not in params:
        raise errors.bad_request("message identifier is not specified")
    state = open_chat(world, params["chat_id"])
    record = world.message(state, params["message_id"])
    if record is None or record.deleted:
        raise errors.bad_request(errors.EDIT_NOT_FOUND)
    if record.from_id != world.bot.id:
        raise errors.bad_request(errors.CANT_EDIT)
    return state, record


def _may_delete(world: World, state: ChatState, record: MessageRecord) -> bool:
    if world.stamp() - record.date > DELETE_WINDOW.total_seconds():
        return False
    if state.chat.type == PRIVATE or record.from_id == world.bot.id:
        return True
    member = world.member(state, world.bot.id)
    if member.status == CREATOR:
        return True
    # The stricter supergroup rule for both group types: an administrator needs the right.
    return member.status == ADMINISTRATOR and member.rights.get("can_delete_messages", False)


def _document(world: World, source: object) -> Document:
    if isinstance(source, UploadedFile):
        file_id, unique_id = world.new_file_id("doc")
        return Document(file_id, unique_id, source.filename, source.content_type, source.data)
    text = str(source)
    for state in world.chats.values():
        for record in state.messages:
            if record.document is not None and record.document.file_id == text:
                return record.document
    if not text.startswith(("http://", "https://")):
        raise errors.bad_request("wrong file identifier/HTTP URL specified")
    file_id, unique_id = world.new_file_id("doc")
    return Document(file_id, unique_id, PurePosixPath(text).name or None, None, b"")
