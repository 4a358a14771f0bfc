"""What any parent can do: /rules, /privacy, /report, and acknowledging the code."""

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session
from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Update, User
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import telegram_calls, texts
from bot.handlers import membership
from bot.handlers.membership import retention_days
from bot.incoming import display_name
from bot.services import Services, services
from models import store

log = logging.getLogger(__name__)

ACK_CALLBACK = "ack"


def ack_button() -> InlineKeyboardMarkup:
    """The "I have read the code of conduct" button."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(texts.ACK_BUTTON,
                                                       callback_data=ACK_CALLBACK)]])


async def show_rules(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/rules: the school's code, clause by clause, with the acknowledgement button."""
    k = services(context)
    message, chat = update.effective_message, update.effective_chat
    school_id = await k.run_db(lambda s: getattr(store.linked_group(s, chat.id), "school_id",
                                                 None))
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


@dataclass(frozen=True)
class ReportRequest:
    """What a parent reported: which message, in which group, by whom."""

    chat_id: int
    message_id: int
    reporter: User
    reported: User | None
    evidence: str | None
    at: datetime


def _record_report(s: Session, k: Services, req: ReportRequest) -> str:
    """Store the report for the school's queue; "ok", "limit" or "unlinked"."""
    group = store.linked_group(s, req.chat_id)
    if group is None:
        return "unlinked"
    school_id, now = group.school_id, req.at
    member = store.ensure_member(s, school_id, req.reporter.id, display_name(req.reporter), now)
    if store.count_reports_since(s, school_id, member.id,
                                 now - timedelta(days=1)) >= k.settings.reports_per_day:
        return "limit"
    reported_id = None
    if req.reported is not None and not req.reported.is_bot:
        reported_id = store.ensure_member(s, school_id, req.reported.id,
                                          display_name(req.reported), now).id
    evidence = req.evidence
    if evidence is None:  # reported by link: keep the text only if it is already evidence
        incident = store.latest_incident(s, school_id, group.id, req.message_id)
        evidence = incident.text if incident is not None else None
    store.record_report(s, school_id=school_id, group_id=group.id,
                        reporter_member_id=member.id, chat_id=req.chat_id,
                        message_id=req.message_id, reported_member_id=reported_id,
                        text=evidence, now=now)
    return "ok"


REPLIES = {"ok": texts.REPORT_THANKS, "limit": texts.REPORT_LIMIT, "unlinked": texts.NOT_LINKED}


async def report_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/report as a reply in the group: send the message to the school's queue, quietly."""
    k = services(context)
    message, chat, reporter = (update.effective_message, update.effective_chat,
                               update.effective_user)
    target = message.reply_to_message
    if target is None:
        await message.reply_text(texts.REPORT_HOW)
        return
    req = ReportRequest(chat.id, target.message_id, reporter, target.from_user,
                        target.text or target.caption or "", message.date)
    result = await k.run_db(lambda s: _record_report(s, k, req))
    # Take the /report command out of the group so nobody sees who reported.
    removed = await telegram_calls.delete(context.bot, chat.id, message.message_id)
    told = await telegram_calls.send(context.bot, reporter.id, REPLIES[result])
    log.info("report in chat %s about message %s: %s (command removed: %s, reporter told: %s)",
             chat.id, target.message_id, result, removed.ok, told.ok)


# A message link as Telegram's "Copy message link" gives it for a private supergroup.
MESSAGE_LINK = re.compile(r"^https?://t\.me/c/(\d+)/(?:\d+/)?(\d+)/?$")


async def report_by_link(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/report LINK in a private chat: report a group message without anyone seeing."""
    message, reporter = update.effective_message, update.effective_user
    match = MESSAGE_LINK.match((context.args or [""])[0])
    if match is None:
        await message.reply_text(texts.REPORT_LINK_HOW)
        return
    chat_id, message_id = int("-100" + match.group(1)), int(match.group(2))
    try:
        member = await context.bot.get_chat_member(chat_id, reporter.id)
    except TelegramError:
        member = None
    if member is None or member.status not in membership.PRESENT:
        await message.reply_text(texts.REPORT_NOT_MEMBER)
        return
    k = services(context)
    req = ReportRequest(chat_id, message_id, reporter, None, None, message.date)
    result = await k.run_db(lambda s: _record_report(s, k, req))
    log.info("private report about chat %s message %s: %s", chat_id, message_id, result)
    await message.reply_text(REPLIES[result])
