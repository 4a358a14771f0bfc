"""Chat methods (getChat, getChatMember, getChatAdministrators, getChatMemberCount, leaveChat)
and the access rules every chat method shares."""

from bot.emulator import errors, render
from bot.emulator.model import ADMINISTRATOR, CREATOR, KICKED, LEFT, PRESENT, PRIVATE, Member
from bot.emulator.registry import api_method
from bot.emulator.world import ChatState, World


def find_chat(world: World, chat_id: object) -> ChatState:
    """The chat a request names, checking it exists and has not migrated.

    Raises:
        ApiError: 400 chat not found, or 400 with migrate_to_chat_id for a migrated group.
    """
    if isinstance(chat_id, str):
        try:
            chat_id = int(chat_id)
        except ValueError:
            # Only public chats have @usernames, and the emulator has none.
            raise errors.bad_request(errors.CHAT_NOT_FOUND) from None
    state = world.chats.get(chat_id)  # type: ignore[arg-type]
    if state is None and chat_id in world.users and chat_id != world.bot.id:
        # A person the bot knows (from a group) who never opened a private chat with it.
        raise errors.forbidden(errors.CANT_INITIATE)
    if state is None:
        raise errors.bad_request(errors.CHAT_NOT_FOUND)
    if state.migrated_to is not None:
        raise errors.migrated(state.migrated_to)
    return state


def open_chat(world: World, chat_id: object) -> ChatState:
    """A chat the bot may act in: it is a member, or the private chat is open to it.

    Raises:
        ApiError: 400 or 403 as Telegram answers when the bot is not (or no longer) there.
    """
    state = find_chat(world, chat_id)
    if state.chat.type == PRIVATE:
        if state.blocked:
            raise errors.forbidden(errors.BLOCKED)
        if not state.started:
            raise errors.forbidden(errors.CANT_INITIATE)
        return state
    status = world.member(state, world.bot.id).status
    if status == KICKED:
        raise errors.kicked_from(state.chat.type)
    if status not in PRESENT:
        raise errors.not_member_of(state.chat.type)
    return state


@api_method("getChat")
def get_chat(world: World, params: dict) -> dict:
    """getChat: the chat as ChatFullInfo."""
    state = open_chat(world, params["chat_id"])
    other = world.users.get(state.chat.user_id) if state.chat.user_id else None
    return render.chat_full_info_json(state.chat, other)


@api_method("getChatMember")
def get_chat_member(world: World, params: dict) -> dict:
    """getChatMember: one user's standing in the chat."""
    state = open_chat(world, params["chat_id"])
    user = world.users.get(params["user_id"])
    if user is None:
        raise errors.bad_request(errors.USER_NOT_FOUND)
    member = _private_member(world, state, user.id) or world.member(state, user.id)
    return render.member_json(member, user, state.chat.type)


@api_method("getChatAdministrators")
def get_chat_administrators(world: World, params: dict) -> list[dict]:
    """getChatAdministrators: the owner and administrators, bots included."""
    state = open_chat(world, params["chat_id"])
    if state.chat.type == PRIVATE:
        raise errors.bad_request("there are no administrators in the private chat")
    return [
        render.member_json(member, world.users[member.user_id], state.chat.type)
        for member in state.members.values()
        if member.status in (CREATOR, ADMINISTRATOR)
    ]


@api_method("getChatMemberCount")
def get_chat_member_count(world: World, params: dict) -> int:
    """getChatMemberCount: how many people (and bots) are in the chat."""
    state = open_chat(world, params["chat_id"])
    if state.chat.type == PRIVATE:
        return 2
    return sum(1 for member in state.members.values() if member.status in PRESENT)


@api_method("leaveChat")
def leave_chat(world: World, params: dict) -> bool:
    """leaveChat: the bot leaves a group; Telegram sends it a my_chat_member update."""
    state = open_chat(world, params["chat_id"])
    if state.chat.type == PRIVATE:
        raise errors.bad_request("chat member status can't be changed in private chats")
    world.set_member(state, Member(world.bot.id, LEFT), world.bot, world.stamp())
    return True


def _private_member(world: World, state: ChatState, user_id: int) -> Member | None:
    if state.chat.type != PRIVATE:
        return None
    if user_id == state.chat.user_id or user_id == world.bot.id:
        return Member(user_id, KICKED if state.blocked and user_id == world.bot.id else "member")
    return None
