"""Bot API JSON for the emulator's records: User, Chat, ChatFullInfo, Message, ChatMember."""

from bot.emulator.model import (
    ADMINISTRATOR,
    CREATOR,
    GROUP_ADMIN_RIGHTS,
    KICKED,
    PRIVATE,
    REQUIRED_ADMIN_RIGHTS,
    RESTRICTED,
    Chat,
    Document,
    Member,
    MessageRecord,
    User,
)

# Permissions a restricted member holds; the Bot API requires every one of them.
RESTRICTED_FLAGS = (
    "can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos",
    "can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls",
    "can_send_other_messages", "can_add_web_page_previews", "can_react_to_messages",
    "can_edit_tag", "can_change_info", "can_invite_users", "can_pin_messages",
    "can_manage_topics",
)


def user_json(user: User) -> dict:
    """A User object."""
    body: dict = {"id": user.id, "is_bot": user.is_bot, "first_name": user.first_name}
    if user.last_name:
        body["last_name"] = user.last_name
    if user.username:
        body["username"] = user.username
    if user.language_code:
        body["language_code"] = user.language_code
    return body


def bot_user_json(bot: User, can_read_all_group_messages: bool) -> dict:
    """The User object getMe returns, with the bot-only flags."""
    return {
        **user_json(bot),
        "can_join_groups": True,
        "can_read_all_group_messages": can_read_all_group_messages,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def chat_json(chat: Chat, user: User | None = None) -> dict:
    """A Chat object; a private chat shows the other person's names."""
    body: dict = {"id": chat.id, "type": chat.type}
    if chat.type == PRIVATE and user is not None:
        body["first_name"] = user.first_name
        if user.last_name:
            body["last_name"] = user.last_name
        if user.username:
            body["username"] = user.username
    elif chat.title is not None:
        body["title"] = chat.title
    return body


def chat_full_info_json(chat: Chat, user: User | None = None) -> dict:
    """A ChatFullInfo object, as getChat returns it."""
    return {
        **chat_json(chat, user),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    }


def member_json(member: Member, user: User, chat_type: str) -> dict:
    """The ChatMember subtype that matches the member's status."""
    body: dict = {"status": member.status, "user": user_json(user)}
    if member.status == CREATOR:
        body["is_anonymous"] = False
    elif member.status == ADMINISTRATOR:
        body["can_be_edited"] = False
        body["is_anonymous"] = False
        for right in REQUIRED_ADMIN_RIGHTS:
            body[right] = member.rights.get(right, False)
        if chat_type != PRIVATE:
            for right in GROUP_ADMIN_RIGHTS:
                body[right] = member.rights.get(right, False)
    elif member.status == RESTRICTED:
        body["is_member"] = True
        for flag in RESTRICTED_FLAGS:
            body[flag] = member.rights.get(flag, False)
        body["until_date"] = member.until_date
    elif member.status == KICKED:
        body["until_date"] = member.until_date
    return body


def member_updated_json(
    chat: dict, by: User, date: int, old: dict, new: dict
) -> dict:
    """A ChatMemberUpdated object (my_chat_member and chat_member updates)."""
    return {
        "chat": chat,
        "from": user_json(by),
        "date": date,
        "old_chat_member": old,
        "new_chat_member": new,
    }


def document_json(document: Document) -> dict:
    """A Document object."""
    body: dict = {"file_id": document.file_id, "file_unique_id": document.file_unique_id}
    if document.file_name:
        body["file_name"] = document.file_name
    if document.mime_type:
        body["mime_type"] = document.mime_type
    body["file_size"] = document.size
    return body


def photo_json(message: MessageRecord) -> list[dict]:
    """The PhotoSize list of a photo message: a thumbnail and the full picture."""
    stem = f"photo-{message.chat_id}-{message.message_id}"
    return [
        {"file_id": f"{stem}-s", "file_unique_id": f"{stem}-s", "width": 90, "height": 90,
         "file_size": 1_200},
        {"file_id": f"{stem}-m", "file_unique_id": f"{stem}-m", "width": 800, "height": 800,
         "file_size": 64_000},
    ]


def message_json(
    message: MessageRecord,
    chat: dict,
    users: dict[int, User],
    reply_to: MessageRecord | None = None,
) -> dict:
    """A Message object; `reply_to` is rendered one level deep, as Telegram does."""
    body: dict = {"message_id": message.message_id, "date": message.date, "chat": chat}
    if message.from_id is not None:
        body["from"] = user_json(users[message.from_id])
    if message.forward_from_id is not None:
        body["forward_origin"] = {
            "type": "user",
            "date": message.forward_date or message.date,
            "sender_user": user_json(users[message.forward_from_id]),
        }
    if reply_to is not None and not reply_to.deleted:
        body["reply_to_message"] = message_json(reply_to, chat, users)
    if message.edit_date is not None:
        body["edit_date"] = message.edit_date
    if message.text is not None:
        body["text"] = message.text
        if message.entities:
            body["entities"] = message.entities
    if message.photo:
        body["photo"] = photo_json(message)
    if message.document is not None:
        body["document"] = document_json(message.document)
    if message.caption is not None:
        body["caption"] = message.caption
    body.update(message.service)
    if message.reply_markup and "inline_keyboard" in message.reply_markup:
        body["reply_markup"] = message.reply_markup
    return body
