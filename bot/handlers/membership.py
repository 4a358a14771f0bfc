"""The bot joining, leaving and changing rights in a group, and groups becoming supergroups."""

import logging
from datetime import datetime

from sqlalchemy.orm import Session
from telegram import Chat, ChatMember, ChatMemberAdministrator, Update
from telegram.ext import ContextTypes

from bot import telegram_calls, texts
from bot.services import services
from models import store

log = logging.getLogger(__name__)

PRESENT = (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER, ChatMember.RESTRICTED)


async def bot_rights(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> tuple[bool, bool]:
    """(can read every message, can delete messages), asked of Telegram now."""
    me = await context.bot.get_me()
    member = await context.bot.get_chat_member(chat_id, me.id)
    is_admin = member.status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER)
    can_read = bool(me.can_read_all_group_messages) or is_admin
    can_delete = member.status == ChatMember.OWNER or (
        isinstance(member, ChatMemberAdministrator) and member.can_delete_messages)
    return can_read, can_delete


def retention_days(s: Session, chat_id: int) -> int | None:
    """The linked school's retention period in days (None: the default)."""
    group = store.group_by_chat(s, chat_id)
    if group is None or group.school_id is None:
        return None
    return store.school_by_id(s, group.school_id).retention_days


async def track_bot_membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Introduce the bot when added, check its rights, and mark the group inactive when removed."""
    change = update.my_chat_member
    if change is None or change.chat.type not in (Chat.GROUP, Chat.SUPERGROUP):
        return
    k = services(context)
    chat = change.chat
    was_in = change.old_chat_member.status in PRESENT
    is_in = change.new_chat_member.status in PRESENT
    now = change.date
    if was_in and not is_in:
        await k.run_db(lambda s: _deactivate(s, chat.id, now))
        log.info("removed from chat %s; group marked inactive", chat.id)
        return
    if not is_in:
        return
    can_read, can_delete = await bot_rights(context, chat.id)
    await k.run_db(lambda s: _activate(s, chat, now, can_read, can_delete))
    if not was_in:
        days = await k.run_db(lambda s: retention_days(s, chat.id))
        privacy = texts.PRIVACY.format(retention=texts.retention_phrase(days))
        await telegram_calls.send(context.bot, chat.id, f"{texts.INTRO}\n\n{privacy}")
        log.info("added to chat %s (read all: %s, delete: %s)", chat.id, can_read, can_delete)
    if not can_read:
        await telegram_calls.send(context.bot, chat.id, texts.NEED_READ_ACCESS)
    elif not can_delete:
        await telegram_calls.send(context.bot, chat.id, texts.NEED_DELETE_RIGHT)


def _activate(s: Session, chat: Chat, now: datetime, can_read: bool, can_delete: bool) -> None:
    group = store.ensure_group(s, chat.id, chat.title or "", chat.type, now)
    store.set_group_active(s, group, True, now)
    store.set_bot_rights(s, group, can_read, can_delete)


def _deactivate(s: Session, chat_id: int, now: datetime) -> None:
    group = store.group_by_chat(s, chat_id)
    if group is not None:
        store.set_group_active(s, group, False, now)


async def follow_migration(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup: carry its school, mode, members and incidents over."""
    message = update.effective_message
    if message is None or not message.migrate_to_chat_id:
        return
    old, new = message.chat_id, message.migrate_to_chat_id
    await services(context).run_db(lambda s: store.migrate_group(s, old, new))
    log.info("chat %s migrated to %s", old, new)
