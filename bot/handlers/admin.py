"""Group admin commands: /link, /mode, /status, /staff, /notstaff.

Whether the sender is an admin is asked of Telegram (`getChatMember`) every time; nothing in
the message itself is trusted.
"""

import logging
from collections.abc import Callable

from sqlalchemy.orm import Session
from telegram import Chat, ChatMember, Update
from telegram.ext import ContextTypes

from bot import texts
from bot.actuator import MODES
from bot.handlers.membership import bot_rights, retention_days
from bot.services import services
from models import store
from models.group import Group

log = logging.getLogger(__name__)


async def sender_is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """True when Telegram says the sender is the group's owner or an admin; else says no."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or user is None or message is None or chat.type == Chat.PRIVATE:
        return False
    if message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous admin posts as the group itself; only admins can
    member = await context.bot.get_chat_member(chat.id, user.id)
    if member.status in (ChatMember.OWNER, ChatMember.ADMINISTRATOR):
        return True
    await message.reply_text(texts.NOT_ADMIN)
    return False


# what an admin's change records in the audit log: action, subject, detail
Audited = tuple[str, str, dict[str, str]]


async def change_linked_group(update: Update, context: ContextTypes.DEFAULT_TYPE,
                              change: Callable[[Session, Group], Audited]) -> bool:
    """Apply an admin's change to this (linked) group and audit it; False if not linked."""
    chat, message = update.effective_chat, update.effective_message
    actor = f"telegram:{update.effective_user.id}"

    def apply(s: Session) -> bool:
        group = store.linked_group(s, chat.id)
        if group is None:
            return False
        action, subject, detail = change(s, group)
        store.audit(s, group.school_id, actor, action, subject, detail, message.date)
        return True

    if await services(context).run_db(apply):
        return True
    await message.reply_text(texts.NOT_LINKED)
    return False


async def link_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/link CODE: link this group to the school that issued the code."""
    if not await sender_is_admin(update, context):
        return
    message, chat = update.effective_message, update.effective_chat
    if not context.args:
        await message.reply_text("Send /link followed by the code from the school office.")
        return
    k = services(context)
    code, now = context.args[0], message.date

    def link(s: Session) -> str:
        """Redeem the code and link; any StoreError rolls the whole thing back."""
        redeemed = store.redeem_code(s, code, "group_link", now)
        group = store.ensure_group(s, chat.id, chat.title or "", chat.type, now)
        store.link_group(s, group, redeemed.school_id, now)
        store.audit(s, redeemed.school_id, f"telegram:{update.effective_user.id}",
                    "group.link", f"chat:{chat.id}", {"title": chat.title or ""}, now)
        return store.school_by_id(s, redeemed.school_id).name

    try:
        name = await k.run_db(link)
    except store.CodeError as e:
        await message.reply_text(f"That code didn't work: {e}. Ask the school office "
                                 "for a new one.")
        return
    except store.StoreError as e:
        await message.reply_text(f"I couldn't link this group: {e}.")
        return
    log.info("chat %s linked to a school", chat.id)
    days = await k.run_db(lambda s: retention_days(s, chat.id))
    await message.reply_text(
        f"This group is now linked to {name}. I'm in 'remind' mode: I'll post gentle "
        "reminders when a message doesn't follow the code. Admins can change this with "
        "/mode observe|remind|enforce. Everyone can read the code with /rules.\n\n"
        + texts.PRIVACY.format(retention=texts.retention_phrase(days)))


async def set_mode(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/mode observe|remind|enforce: how firmly the bot acts in this group."""
    if not await sender_is_admin(update, context):
        return
    message, chat = update.effective_message, update.effective_chat
    mode = (context.args or [""])[0].lower()
    if mode not in MODES:
        await message.reply_text(
            "Choose one: /mode observe (record only), /mode remind (gentle reminders; serious "
            "breaches removed), /mode enforce (also remove less serious breaches).")
        return

    def apply(s: Session, group: Group) -> Audited:
        store.set_group_mode(s, group, mode)
        return "group.mode", f"chat:{chat.id}", {"mode": mode}

    if await change_linked_group(update, context, apply):
        await message.reply_text(f"Mode is now '{mode}'.")


async def show_status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/status: rights, mode, school, rulebook version and scorer."""
    if not await sender_is_admin(update, context):
        return
    k = services(context)
    message, chat = update.effective_message, update.effective_chat
    can_read, can_delete = await bot_rights(context, chat.id)

    def read(s: Session) -> tuple[int | None, str, tuple[int, int]]:
        group = store.group_by_chat(s, chat.id)
        if group is not None:
            store.set_bot_rights(s, group, can_read, can_delete)
        failed = store.failed_update_count(s, context.bot.id)
        if group is None or group.school_id is None:
            return None, "", failed
        return group.school_id, group.mode, failed

    school_id, mode, (waiting, given_up) = await k.run_db(read)
    lines = [f"Can read all messages: {'yes' if can_read else 'NO'}",
             f"Can delete messages: {'yes' if can_delete else 'no'}"]
    if school_id is None:
        lines.append(texts.NOT_LINKED)
    else:
        school = await k.school_async(school_id)
        lines += [f"School: {school.config.school}", f"Mode: {mode}",
                  f"Rulebook: {school.rulebook.id} version {school.rulebook.version}"]
    lines.append(f"Toxicity scorer: {k.scorer_status}")
    if waiting or given_up:
        lines.append(f"Updates that failed: {waiting} waiting for a retry, {given_up} given up "
                     "(see the bot's log)")
    if k.settings.dry_run:
        lines.append("Dry run: decisions are recorded, nothing is sent or deleted.")
    await message.reply_text("\n".join(lines))


async def mark_staff(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/staff or /notstaff as a reply: mark the replied-to member as staff, or not."""
    if not await sender_is_admin(update, context):
        return
    message = update.effective_message
    target = message.reply_to_message.from_user if message.reply_to_message else None
    if target is None or target.is_bot:
        await message.reply_text("Reply to a message from the member with /staff (or /notstaff).")
        return
    role = "parent" if message.text.lower().startswith("/notstaff") else "staff"

    def apply(s: Session, group: Group) -> Audited:
        store.ensure_member(s, group.school_id, target.id, target.full_name, message.date)
        store.set_member_role(s, group.school_id, target.id, role)
        return "member.role", f"telegram:{target.id}", {"role": role}

    if not await change_linked_group(update, context, apply):
        return
    if role == "staff":
        await message.reply_text(f"{target.first_name} is marked as school staff: the parents' "
                                 "code doesn't apply to them, and messages to them count as "
                                 "contacting the school.")
    else:
        await message.reply_text(f"{target.first_name} is no longer marked as staff.")
