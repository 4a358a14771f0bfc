"""Turn a Telegram message into what the engine reads: Kindly's own `Message`."""

from dataclasses import dataclass
from datetime import datetime

from telegram import Message as TgMessage
from telegram import MessageEntity, User

from rules.message import Message


@dataclass(frozen=True)
class Incoming:
    """A group message worth scoring, with the facts the bot needs around it.

    Attributes:
        chat_id, message_id: Where it is.
        sender_id: Who sent it (for a forward, the member who forwarded it).
        sender_name: Display name, for the evidence and the reviewer.
        text: Text or caption ("" for a photo without caption).
        sent_at: When it was sent, or when it was last edited.
        revision: 0 for the original, the edit's Unix time for an edit.
        has_photo: A photo or video is attached.
        reply_to_user_id: The author of the message it replies to, if any.
        mentioned_usernames: @usernames mentioned (lower case, without @).
        mentioned_user_ids: Users mentioned without a username (text mentions).
        forwarded: It was forwarded from elsewhere.
    """

    chat_id: int
    message_id: int
    sender_id: int
    sender_name: str
    text: str
    sent_at: datetime
    revision: int
    has_photo: bool
    reply_to_user_id: int | None
    mentioned_usernames: frozenset[str]
    mentioned_user_ids: frozenset[int]
    forwarded: bool

    def to_message(self, *, staff: bool, to_staff: bool, recent_staff_messages: int) -> Message:
        """The engine's view of it."""
        return Message(text=self.text, id=f"{self.chat_id}:{self.message_id}",
                       sent_at=self.sent_at, sender=self.sender_name,
                       sender_role="staff" if staff else "parent", to_staff=to_staff,
                       has_photo=self.has_photo, recent_staff_messages=recent_staff_messages)


def display_name(user: User) -> str:
    """How a member appears to the reviewer: full name, with @username when there is one."""
    name = user.full_name
    return f"{name} (@{user.username})" if user.username else name


def read_incoming(message: TgMessage, edited: bool) -> Incoming | None:
    """The scorable facts of a group message, or None when there is nothing to score."""
    user = message.from_user
    if user is None or user.is_bot or message.sender_chat is not None:
        return None  # channels, anonymous admins and bots are not parents
    text = message.text or message.caption or ""
    has_photo = bool(message.photo or message.video or message.animation)
    if not text.strip() and not has_photo:
        return None
    usernames: set[str] = set()
    user_ids: set[int] = set()
    entities = {**message.parse_entities(), **message.parse_caption_entities()}
    for entity, value in entities.items():
        if entity.type == MessageEntity.MENTION:
            usernames.add(value.lstrip("@").lower())
        elif entity.type == MessageEntity.TEXT_MENTION and entity.user is not None:
            user_ids.add(entity.user.id)
    sent_at = message.edit_date if edited and message.edit_date else message.date
    reply = message.reply_to_message
    return Incoming(
        chat_id=message.chat_id, message_id=message.message_id, sender_id=user.id,
        sender_name=display_name(user), text=text, sent_at=sent_at,
        revision=int(message.edit_date.timestamp()) if edited and message.edit_date else 0,
        has_photo=has_photo,
        reply_to_user_id=reply.from_user.id if reply and reply.from_user else None,
        mentioned_usernames=frozenset(usernames), mentioned_user_ids=frozenset(user_ids),
        forwarded=message.forward_origin is not None)
