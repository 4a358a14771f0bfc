"""The emulated Telegram: users, chats, memberships and messages, and the updates they cause.

Both sides change it: a test (through the control methods) and the bot (through API calls).
Callers hold the emulator's lock; nothing here blocks or awaits.
"""

import datetime as dt
import time
from dataclasses import dataclass, field

from bot.emulator import render
from bot.emulator.model import (
    ADMINISTRATOR,
    CREATOR,
    LEFT,
    PRESENT,
    PRIVATE,
    Chat,
    Member,
    MessageRecord,
    User,
    WebhookConfig,
)
from bot.emulator.updates import UpdateQueue


@dataclass
class ChatState:
    """Everything the emulator keeps about one chat."""

    chat: Chat
    members: dict[int, Member] = field(default_factory=dict)
    messages: list[MessageRecord] = field(default_factory=list)
    migrated_to: int | None = None
    started: bool = False
    blocked: bool = False


@dataclass
class CallbackRecord:
    """A button press waiting for (or having had) answerCallbackQuery."""

    query_id: str
    user_id: int
    chat_id: int
    message_id: int
    answered: bool = False


@dataclass
class World:
    """The emulated Telegram's state."""

    bot: User
    can_read_all_group_messages: bool
    queue: UpdateQueue
    users: dict[int, User] = field(default_factory=dict)
    chats: dict[int, ChatState] = field(default_factory=dict)
    clock: dt.datetime | None = None
    callbacks: dict[str, CallbackRecord] = field(default_factory=dict)
    commands: dict[str, list[dict]] = field(default_factory=dict)
    answered: list[tuple[str, str | None, bool]] = field(default_factory=list)
    webhook: WebhookConfig | None = None
    next_user_id: int = 5_000_001
    next_chat_number: int = 1
    next_file_number: int = 1
    next_callback_number: int = 1

    def now(self) -> dt.datetime:
        """The emulator's clock: the frozen time when set, else real UTC time."""
        return self.clock if self.clock is not None else dt.datetime.now(dt.UTC)

    def stamp(self, date: dt.datetime | None = None) -> int:
        """A Bot API date (Unix seconds) for `date` or now."""
        if date is not None and date.tzinfo is None:
            raise ValueError("date must be timezone-aware (e.g. datetime(..., tzinfo=UTC))")
        return int((date or self.now()).timestamp())

    def state(self, chat: Chat | int) -> ChatState:
        """The state of a chat given as a Chat or an id.

        Raises:
            ValueError: if the emulator has no such chat.
        """
        chat_id = chat if isinstance(chat, int) else chat.id
        found = self.chats.get(chat_id)
        if found is None:
            raise ValueError(f"the emulator has no chat {chat_id}")
        return found

    def member(self, state: ChatState, user_id: int) -> Member:
        """The user's standing in the chat ('left' when never a member)."""
        return state.members.get(user_id) or Member(user_id, LEFT)

    def bot_present(self, state: ChatState) -> bool:
        """True when the bot is in the chat (private chats: the user started it, not blocked)."""
        if state.chat.type == PRIVATE:
            return state.started and not state.blocked
        return self.member(state, self.bot.id).status in PRESENT

    def bot_is_admin(self, state: ChatState) -> bool:
        """True when the bot is an administrator (or owner) of the chat."""
        return self.member(state, self.bot.id).status in (ADMINISTRATOR, CREATOR)

    def chat_json(self, state: ChatState) -> dict:
        """The chat as a Chat object."""
        other = self.users.get(state.chat.user_id) if state.chat.user_id else None
        return render.chat_json(state.chat, other)

    def message(self, state: ChatState, message_id: int) -> MessageRecord | None:
        """The message with that id in the chat, deleted or not."""
        if 1 <= message_id <= len(state.messages):
            return state.messages[message_id - 1]
        return None

    def message_json(self, state: ChatState, record: MessageRecord) -> dict:
        """The message as a Message object."""
        reply = None
        if record.reply_to_message_id is not None:
            reply = self.message(state, record.reply_to_message_id)
        return render.message_json(record, self.chat_json(state), self.users, reply)

    def add_message(
        self, state: ChatState, from_id: int | None, date: int, **fields: object
    ) -> MessageRecord:
        """Append a message to the chat with the next message id."""
        record = MessageRecord(
            chat_id=state.chat.id,
            message_id=len(state.messages) + 1,
            from_id=from_id,
            date=date,
            created=time.perf_counter(),
            **fields,
        )
        state.messages.append(record)
        return record

    def deliver_message(
        self, state: ChatState, record: MessageRecord, kind: str = "message"
    ) -> None:
        """Queue a message or edited_message update if the bot would receive it."""
        if self.bot_sees(state, record) and self.queue.wants(kind):
            self.queue.push(kind, self.message_json(state, record))

    def bot_sees(self, state: ChatState, record: MessageRecord) -> bool:
        """Whether Telegram would send this message to the bot (membership and privacy mode)."""
        if not self.bot_present(state):
            return False
        if state.chat.type == PRIVATE or record.is_service:
            return True
        if self.can_read_all_group_messages or self.bot_is_admin(state):
            return True
        if (record.text or "").startswith("/"):
            return True
        if record.reply_to_message_id is not None:
            target = self.message(state, record.reply_to_message_id)
            return target is not None and target.from_id == self.bot.id
        return False

    def set_member(self, state: ChatState, new: Member, by: User, date: int) -> None:
        """Change a member's standing and queue my_chat_member or chat_member as Telegram does."""
        old = self.member(state, new.user_id)
        state.members[new.user_id] = new
        user = self.users[new.user_id]
        body = render.member_updated_json(
            self.chat_json(state),
            by,
            date,
            render.member_json(old, user, state.chat.type),
            render.member_json(new, user, state.chat.type),
        )
        if new.user_id == self.bot.id:
            if self.queue.wants("my_chat_member"):
                self.queue.push("my_chat_member", body)
        elif self.bot_is_admin(state) and self.queue.wants("chat_member"):
            self.queue.push("chat_member", body)

    def new_file_id(self, prefix: str) -> tuple[str, str]:
        """A fresh (file_id, file_unique_id) pair."""
        number = self.next_file_number
        self.next_file_number += 1
        return f"{prefix}-{number:06d}-emulated", f"u{prefix}{number:06d}"
