"""The control methods a test or the demo calls: people, chats, the bot's membership, messages.

They are synchronous, thread-safe (one lock) and return at once; the updates they cause are
already queued for the bot when they return.
"""

import datetime as dt
import itertools

from bot.emulator import render, scenario
from bot.emulator.backend import Backend
from bot.emulator.model import (
    ADMINISTRATOR,
    KICKED,
    LEFT,
    MEMBER,
    Chat,
    Member,
    MessageRecord,
    User,
)
from bot.emulator.world import CallbackRecord

ChatRef = Chat | int


class ScenarioControls:
    """People and chats, as a mixin of `BotApiEmulator` (which provides `_backend`)."""

    _backend: Backend

    def create_user(self, first_name: str, last_name: str | None = None,
                    username: str | None = None, language_code: str | None = "en") -> User:
        """A new person (not a bot)."""
        with self._backend.lock:
            return scenario.new_user(
                self._backend.world, first_name, last_name, username, language_code
            )

    def create_group(self, title: str, creator: User, members: list[User] | tuple = (),
                     admins: list[User] | tuple = (), supergroup: bool = False) -> Chat:
        """A group with its creator, administrators and members; the bot is not in it yet."""
        with self._backend.lock:
            return scenario.new_group(
                self._backend.world, title, creator, list(members), list(admins), supergroup
            )

    def add_bot(self, chat: ChatRef, by: User, status: str = MEMBER,
                can_delete_messages: bool = False, **rights: bool) -> MessageRecord:
        """`by` adds the bot: a my_chat_member update, then the new_chat_members message."""
        with self._backend.lock:
            world = self._backend.world
            state = world.state(chat)
            if status == ADMINISTRATOR:
                rights = {"can_delete_messages": can_delete_messages, **rights}
            elif can_delete_messages or rights:
                raise ValueError("admin rights need status='administrator'")
            member = scenario.bot_membership(world, status, rights)
            now = world.stamp()
            world.set_member(state, member, by, now)
            return scenario.service(
                world, state, by, now, new_chat_members=[render.user_json(world.bot)]
            )

    def set_bot_rights(self, chat: ChatRef, status: str = ADMINISTRATOR,
                       can_delete_messages: bool = True, by: User | None = None,
                       **rights: bool) -> None:
        """Promote or demote the bot (a my_chat_member update from `by`, default the owner)."""
        with self._backend.lock:
            world = self._backend.world
            state = world.state(chat)
            if status == ADMINISTRATOR:
                rights = {"can_delete_messages": can_delete_messages, **rights}
            member = scenario.bot_membership(world, status, rights)
            world.set_member(state, member, by or self._owner(state), world.stamp())

    def remove_bot(self, chat: ChatRef, by: User, status: str | None = None) -> None:
        """`by` removes the bot: my_chat_member to 'kicked' (supergroup) or 'left' (group)."""
        with self._backend.lock:
            world = self._backend.world
            state = world.state(chat)
            new = Member(world.bot.id, scenario.removal_status(state, status))
            now = world.stamp()
            world.set_member(state, new, by, now)
            # The bot is gone, so the service message is only in the chat's log.
            world.add_message(state, by.id, now,
                              service={"left_chat_member": render.user_json(world.bot)})

    def add_member(self, chat: ChatRef, user: User, by: User | None = None) -> MessageRecord:
        """`user` joins (or `by` adds them): chat_member update and new_chat_members message."""
        with self._backend.lock:
            world = self._backend.world
            state = world.state(chat)
            now = world.stamp()
            world.set_member(state, Member(user.id, MEMBER), by or user, now)
            return scenario.service(
                world, state, by or user, now, new_chat_members=[render.user_json(user)]
            )

    def remove_member(self, chat: ChatRef, user: User, by: User | None = None,
                      kicked: bool = False) -> MessageRecord:
        """`user` leaves (or `by` removes them): chat_member update, left_chat_member message."""
        with self._backend.lock:
            world = self._backend.world
            state = world.state(chat)
            now = world.stamp()
            world.set_member(state, Member(user.id, KICKED if kicked else LEFT), by or user, now)
            return scenario.service(
                world, state, by or user, now, left_chat_member=render.user_json(user)
            )

    def promote(self, chat: ChatRef, user: User, by: User | None = None, **rights: bool) -> None:
        """Make `user` an administrator (chat_member update); rights default to a usual set."""
        with self._backend.lock:
            world = self._backend.world
            state = world.state(chat)
            granted = scenario.rights_for(scenario.HUMAN_ADMIN_RIGHTS, rights)
            world.set_member(state, Member(user.id, ADMINISTRATOR, granted),
                             by or self._owner(state), world.stamp())

    def migrate_to_supergroup(self, chat: ChatRef, by: User | None = None) -> Chat:
        """Upgrade a group; its old id then fails with migrate_to_chat_id. Returns the new chat."""
        with self._backend.lock:
            state = self._backend.world.state(chat)
            return scenario.migrate(self._backend.world, state, by or self._owner(state))

    def send_message(self, chat: ChatRef, user: User, text: str,
                     reply_to: MessageRecord | None = None, date: dt.datetime | None = None,
                     entities: list[dict] | None = None,
                     forward_from: User | None = None) -> MessageRecord:
        """`user` writes `text` in `chat` (a message update when the bot would see it)."""
        with self._backend.lock:
            world = self._backend.world
            fields = scenario.text_fields(text, entities)
            if forward_from is not None:
                fields.update(forward_from_id=forward_from.id, forward_date=world.stamp(date))
            return scenario.post(world, world.state(chat), user, date, reply_to, **fields)

    def send_command(self, chat: ChatRef, user: User, command: str,
                     reply_to: MessageRecord | None = None,
                     date: dt.datetime | None = None) -> MessageRecord:
        """`user` sends a /command (with its bot_command entity) in `chat`."""
        if not command.startswith("/"):
            raise ValueError(f"a command starts with '/': {command!r}")
        return self.send_message(chat, user, command, reply_to=reply_to, date=date)

    def send_photo(self, chat: ChatRef, user: User, caption: str | None = None,
                   date: dt.datetime | None = None,
                   reply_to: MessageRecord | None = None) -> MessageRecord:
        """`user` shares a photo, optionally with a caption."""
        with self._backend.lock:
            world = self._backend.world
            return scenario.post(world, world.state(chat), user, date, reply_to,
                                 photo=True, caption=caption)

    def edit_message(self, message: MessageRecord, text: str,
                     date: dt.datetime | None = None) -> MessageRecord:
        """The author edits their message (an edited_message update with edit_date)."""
        with self._backend.lock:
            world = self._backend.world
            state = world.state(message.chat_id)
            if message.from_id == world.bot.id or message.deleted or message.text is None:
                raise ValueError("only a person's undeleted text message can be edited")
            fields = scenario.text_fields(text, None)
            message.text, message.entities = fields["text"], fields["entities"]
            message.edit_date = world.stamp(date)
            world.deliver_message(state, message, "edited_message")
            return message

    def send_private(self, user: User, text: str,
                     date: dt.datetime | None = None) -> MessageRecord:
        """`user` writes to the bot privately (opening the chat, e.g. with /start)."""
        with self._backend.lock:
            world = self._backend.world
            state = scenario.private_chat(world, user)
            state.started = True
            fields = scenario.text_fields(text, None)
            return scenario.post(world, state, user, date, None, **fields)

    def block_bot(self, user: User, blocked: bool = True) -> None:
        """`user` blocks (or unblocks) the bot: a my_chat_member update in their private chat."""
        with self._backend.lock:
            world = self._backend.world
            state = scenario.private_chat(world, user)
            state.blocked = blocked
            body = render.member_updated_json(
                world.chat_json(state), user, world.stamp(),
                render.member_json(Member(world.bot.id, KICKED if not blocked else MEMBER),
                                   world.bot, state.chat.type),
                render.member_json(Member(world.bot.id, KICKED if blocked else MEMBER),
                                   world.bot, state.chat.type),
            )
            if world.queue.wants("my_chat_member"):
                world.queue.push("my_chat_member", body)

    def press_button(self, message: MessageRecord, user: User, callback_data: str) -> str:
        """`user` presses the inline button carrying `callback_data`; returns the query id."""
        with self._backend.lock:
            world = self._backend.world
            state = world.state(message.chat_id)
            buttons = (message.reply_markup or {}).get("inline_keyboard", [])
            datas = [button.get("callback_data") for button in itertools.chain(*buttons)]
            if message.deleted or callback_data not in datas:
                raise ValueError(
                    f"message {message.message_id} shows no button with that callback_data"
                )
            query_id = f"{9_000_000_000_000 + world.next_callback_number}"
            world.next_callback_number += 1
            world.callbacks[query_id] = CallbackRecord(
                query_id, user.id, state.chat.id, message.message_id
            )
            body = {
                "id": query_id,
                "from": render.user_json(user),
                "message": world.message_json(state, message),
                "chat_instance": str(abs(state.chat.id) * 7 + 1),
                "data": callback_data,
            }
            if world.bot_present(state) and world.queue.wants("callback_query"):
                world.queue.push("callback_query", body)
            return query_id

    def _owner(self, state: scenario.ChatState) -> User:
        world = self._backend.world
        for member in state.members.values():
            if member.status == "creator":
                return world.users[member.user_id]
        raise ValueError(f"chat {state.chat.id} has no owner")
