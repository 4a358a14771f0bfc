"""What any parent can do: /rules, /privacy, /report, and acknowledging the code."""

import logging
from datetime import timedelta

from sqlalchemy.orm import Session
from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import telegram_calls, texts
from bot.handlers.membership import retention_days
from bot.incoming import display_name
from bot.services import services
from models import store

log = logging.getLogger(__name__)

ACK_CALLBACK = "ack"


def ack_button() -> InlineKeyboardMarkup:
    """The "I have read the code of conduct" button."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(texts.ACK_BUTTON,
                                                       callback_data=ACK_CALLBACK)]])


def _school_of(s: Session, chat_id: int) -> int | None:
    group = store.group_by_chat(s, chat_id)
    return group.school_id if group is not None and group.active else None


async def show_rules(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/rules: the school's code, clause by clause, with the acknowledgement button."""
    k = services(context)
    message, chat = update.effective_message, update.effective_chat
    school_id = await k.run_db(lambda s: _school_of(s, chat.id))
    if school_id is None:
        await message.reply_text(texts.NOT_LINKED)
        return
    school = await k.school_async(school_id)
    markup = ack_button() if chat.type != Chat.PRIVATE else None
    await message.reply_text(texts.rules_text(school.rulebook), reply_markup=markup)


async def show_privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/privacy: what is read, kept, for how long and who sees it."""
    chat = update.effective_chat
    days = await services(context).run_db(lambda s: retention_days(s, chat.id))
    await update.effective_message.reply_text(
        texts.PRIVACY.format(retention=texts.retention_phrase(days)))


async def acknowledge_code(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The button: record that this member has read the code."""
    query = update.callback_query
    chat = query.message.chat if query.message else None
    user = query.from_user
    if chat is None:
        await query.answer()
        return
    now = services(context).now()

    def record(s: Session) -> bool:
        group = store.group_by_chat(s, chat.id)
        if group is None or group.school_id is None:
            return False
        store.ensure_member(s, group.school_id, user.id, display_name(user), now)
        store.record_acknowledgement(s, group.school_id, user.id, group.id, now)
        return True

    ok = await services(context).run_db(record)
    await query.answer(texts.ACK_THANKS if ok else texts.NOT_LINKED)


async def report_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/report as a reply: send the message to the school's review queue, quietly."""
    k = services(context)
    message, chat, reporter = (update.effective_message, update.effective_chat,
                               update.effective_user)
    target = message.reply_to_message
    if target is None:
        await message.reply_text(texts.REPORT_HOW)
        return
    now = message.date
    reported = target.from_user
    evidence = target.text or target.caption or ""

    def record(s: Session) -> str:
        group = store.group_by_chat(s, chat.id)
        if group is None or group.school_id is None:
            return "unlinked"
        member = store.ensure_member(s, group.school_id, reporter.id, display_name(reporter), now)
        made = store.count_reports_since(s, group.school_id, member.id, now - timedelta(days=1))
        if made >= k.settings.reports_per_day:
            return "limit"
        reported_id = None
        if reported is not None and not reported.is_bot:
            reported_id = store.ensure_member(s, group.school_id, reported.id,
                                              display_name(reported), now).id
        store.record_report(s, school_id=group.school_id, group_id=group.id,
                            reporter_member_id=member.id, chat_id=chat.id,
                            message_id=target.message_id, reported_member_id=reported_id,
                            text=evidence, now=now)
        return "ok"

    result = await k.run_db(record)
    log.info("report in chat %s about message %s: %s", chat.id, target.message_id, result)
    # Take the /report command out of the group so nobody sees who reported.
    await telegram_calls.delete(context.bot, chat.id, message.message_id)
    reply = {"ok": texts.REPORT_THANKS, "limit": texts.REPORT_LIMIT,
             "unlinked": texts.NOT_LINKED}[result]
    await telegram_calls.send(context.bot, reporter.id, reply)
