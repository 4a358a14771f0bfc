"""What people do in the emulated Telegram: join groups, add the bot, write, edit, press buttons.

Each control method changes the world under the emulator's lock, queues the updates Telegram
would send the bot, and returns at once. A mistake in the scenario itself (a stranger writing
in a group, an unknown right) raises ValueError.
"""

import copy
import datetime as dt

from bot.emulator.formatting import auto_entities
from bot.emulator.model import (
    ADMIN_RIGHTS,
    ADMINISTRATOR,
    CREATOR,
    GROUP,
    KICKED,
    LEFT,
    MEMBER,
    PRESENT,
    PRIVATE,
    SUPERGROUP,
    Chat,
    Member,
    MessageRecord,
    User,
)
from bot.emulator.world import ChatState, World

BASIC_GROUP_BASE = -4_100_000_000
SUPERGROUP_BASE = -1_002_000_000_000
HUMAN_ADMIN_RIGHTS = ("can_manage_chat", "can_delete_messages", "can_restrict_members",
                      "can_invite_users", "can_pin_messages")


def rights_for(defaults: tuple[str, ...], rights: dict[str, bool]) -> dict[str, bool]:
    """Administrator rights: `defaults` granted, then `rights` applied.

    Raises:
        ValueError: for a right the Bot API does not have.
    """
    unknown = set(rights) - set(ADMIN_RIGHTS)
    if unknown:
        raise ValueError(f"unknown admin rights {sorted(unknown)}; use: {', '.join(ADMIN_RIGHTS)}")
    granted = {right: right in defaults for right in ADMIN_RIGHTS}
    granted.update({right: bool(value) for right, value in rights.items()})
    return granted


def new_user(world: World, first_name: str, last_name: str | None, username: str | None,
             language_code: str | None) -> User:
    """A new person with the next user id."""
    user = User(world.next_user_id, first_name, last_name, username, False, language_code)
    world.next_user_id += 1
    world.users[user.id] = user
    return user


def new_group(world: World, title: str, creator: User, members: list[User], admins: list[User],
              supergroup: bool) -> Chat:
    """A group (or supergroup) with its creator, administrators and members; the bot is not in."""
    number = world.next_chat_number
    world.next_chat_number += 1
    base = SUPERGROUP_BASE if supergroup else BASIC_GROUP_BASE
    chat = Chat(base - number, SUPERGROUP if supergroup else GROUP, title)
    state = ChatState(chat)
    state.members[creator.id] = Member(creator.id, CREATOR)
    for user in admins:
        state.members[user.id] = Member(user.id, ADMINISTRATOR, rights_for(HUMAN_ADMIN_RIGHTS, {}))
    for user in members:
        state.members.setdefault(user.id, Member(user.id, MEMBER))
    world.chats[chat.id] = state
    return chat


def post(world: World, state: ChatState, user: User, date: dt.datetime | None,
         reply_to: MessageRecord | None, kind: str = "message", **fields) -> MessageRecord:
    """A person's message in a chat, delivered to the bot when Telegram would deliver it."""
    if state.migrated_to is not None:
        raise ValueError(f"chat {state.chat.id} migrated to {state.migrated_to}; write there")
    if state.chat.type != PRIVATE and world.member(state, user.id).status not in PRESENT:
        raise ValueError(f"user {user.id} is not a member of chat {state.chat.id}")
    reply_id = None
    if reply_to is not None:
        if reply_to.chat_id != state.chat.id:
            raise ValueError("reply_to must be a message of the same chat")
        reply_id = reply_to.message_id
    record = world.add_message(
        state, user.id, world.stamp(date), reply_to_message_id=reply_id, **fields
    )
    world.deliver_message(state, record, kind)
    return record


def text_fields(text: str, entities: list[dict] | None) -> dict:
    """The text and entities of a typed message (entities as a Telegram app would mark them)."""
    if not text:
        raise ValueError("a message needs some text")
    marked = auto_entities(text) if entities is None else list(entities)
    return {"text": text, "entities": marked or None}


def service(world: World, state: ChatState, by: User, date: int, **fields) -> MessageRecord:
    """A service message (members joined or left, migration), delivered if the bot is there."""
    record = world.add_message(state, by.id, date, service=fields)
    world.deliver_message(state, record)
    return record


def private_chat(world: World, user: User) -> ChatState:
    """The private chat between `user` and the bot, created on first use."""
    state = world.chats.get(user.id)
    if state is None:
        state = ChatState(Chat(user.id, PRIVATE, None, user.id))
        world.chats[user.id] = state
    return state


def bot_membership(world: World, status: str, rights: dict[str, bool]) -> Member:
    """The bot's Member record for `status` ('member' or 'administrator')."""
    if status not in (MEMBER, ADMINISTRATOR):
        raise ValueError(f"the bot's status must be 'member' or 'administrator', not {status!r}")
    granted = rights_for(("can_manage_chat",), rights) if status == ADMINISTRATOR else {}
    return Member(world.bot.id, status, granted)


def removal_status(state: ChatState, status: str | None) -> str:
    """How a removed member ends up: 'kicked' in a supergroup, 'left' in a basic group."""
    if status is None:
        return KICKED if state.chat.type == SUPERGROUP else LEFT
    if status not in (LEFT, KICKED):
        raise ValueError(f"a removed member is 'left' or 'kicked', not {status!r}")
    return status


def migrate(world: World, state: ChatState, by: User) -> Chat:
    """Turn a basic group into a supergroup, with both service messages Telegram sends."""
    if state.chat.type != GROUP:
        raise ValueError(f"only a basic group can migrate, not a {state.chat.type}")
    number = world.next_chat_number
    world.next_chat_number += 1
    chat = Chat(SUPERGROUP_BASE - number, SUPERGROUP, state.chat.title)
    new_state = ChatState(chat, members=copy.deepcopy(state.members))
    world.chats[chat.id] = new_state
    now = world.stamp()
    service(world, state, by, now, migrate_to_chat_id=chat.id)
    state.migrated_to = chat.id
    service(world, new_state, by, now, migrate_from_chat_id=state.chat.id)
    return chat
