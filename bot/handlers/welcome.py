"""Greeting new members with the code of conduct and the acknowledgement button."""

import logging

from sqlalchemy.orm import Session
from telegram import Update
from telegram.ext import ContextTypes

from bot import telegram_calls, texts
from bot.handlers.parents import ack_button
from bot.incoming import display_name
from bot.services import services
from models import store

log = logging.getLogger(__name__)


async def greet_new_members(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome each new (human) member of a linked group and ask them to read the code."""
    message = update.effective_message
    people = [u for u in message.new_chat_members or () if not u.is_bot]
    if not people:
        return
    k = services(context)
    chat_id, now = message.chat_id, message.date

    def register(s: Session) -> str | None:
        group = store.group_by_chat(s, chat_id)
        if group is None or group.school_id is None or not group.active:
            return None
        for user in people:
            store.ensure_member(s, group.school_id, user.id, display_name(user), now)
        return store.school_by_id(s, group.school_id).name

    school_name = await k.run_db(register)
    if school_name is None:
        return
    names = ", ".join(u.first_name for u in people)
    text = texts.WELCOME.format(name=names, school=school_name)
    await telegram_calls.send(context.bot, chat_id, text, markup=ack_button())
    log.info("welcomed %d new member(s) in chat %s", len(people), chat_id)
