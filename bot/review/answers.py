"""A reviewer's typed answers: a note for a case or a safeguarding concern, or a resolution
outcome in their own words.

After "Add note" (or the "Other" outcome) the bot waits, for up to an hour, for the
reviewer's next private message. Access is checked again when the answer arrives. The text
goes into the case record only; it is never logged or audited.
"""

import logging

from sqlalchemy.orm import Session
from telegram import Update
from telegram.ext import ContextTypes

from bot import telegram_calls
from bot.review import texts
from bot.review.access import CASE_NOTE, CONCERN_NOTE, Pending, review_state, reviewer_of
from bot.review.cards import case_card
from bot.review.evidence import CaseView, case_view
from bot.review.keyboards import Keys
from bot.review.safeguarding import save_concern_note, send_concern_card
from bot.services import services
from models import store

log = logging.getLogger(__name__)
MAX_ANSWER = 2000


async def receive_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A private text: the answer to the bot's question, if it asked this reviewer one."""
    k = services(context)
    user, message = update.effective_user, update.effective_message
    pending = review_state(context).take_pending(user.id, k.now())
    if pending is None or not message.text:
        return
    now, text = k.now(), message.text.strip()[:MAX_ANSWER]

    def save(s: Session) -> str | None:
        if pending.kind == CONCERN_NOTE:
            return save_concern_note(s, user.id, pending, text, now)
        ref = reviewer_of(s, user.id, pending.school_id)
        if ref is None:
            return texts.NOT_A_REVIEWER
        if pending.kind == CASE_NOTE:
            store.add_case_note(s, pending.school_id, pending.target_id, ref.reviewer_id,
                                text, now)
        else:
            store.set_case_status(s, pending.school_id, pending.target_id, "resolved",
                                  ref.reviewer_id, now, outcome=text)
        return None

    try:
        problem = await k.run_db(save)
    except store.StoreError as e:
        problem = str(e).capitalize() + "."
    if problem:
        await message.reply_text(problem)
        return
    log.info("%s saved for %s %s by user %s", pending.kind,
             "alert" if pending.kind == CONCERN_NOTE else "case", pending.target_id, user.id)
    if pending.kind == CONCERN_NOTE:
        await message.reply_text(texts.SAFEGUARDING_NOTE_SAVED.format(alert=pending.target_id))
        await send_concern_card(context, user.id, pending.school_id, pending.target_id)
        return
    said = (texts.NOTE_SAVED.format(case=pending.target_id) if pending.kind == CASE_NOTE else
            texts.OUTCOME_SAVED.format(case=pending.target_id, outcome=text))
    await message.reply_text(said)
    await send_card(context, user.id, pending)


async def send_card(context: ContextTypes.DEFAULT_TYPE, user_id: int, pending: Pending) -> None:
    """Send the case's card again, as it is now, with its buttons."""
    k = services(context)
    now = k.now()

    def read(s: Session) -> CaseView | None:
        ref = reviewer_of(s, user_id, pending.school_id)
        view = case_view(s, pending.school_id, pending.target_id) if ref else None
        if view is not None:
            store.audit(s, pending.school_id, f"reviewer:{ref.reviewer_id}", "case.view",
                        f"case:{view.case_id}", {}, now)
        return view

    view = await k.run_db(read)
    if view is None:
        return
    school = await k.school_async(pending.school_id)
    keys = Keys(review_state(context).key, user_id)
    await telegram_calls.send(context.bot, user_id,
                              case_card(view, school.rulebook, school.config.tz, now),
                              markup=keys.case(view))


async def cancel_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/cancel: stop waiting for a note or an outcome."""
    k = services(context)
    pending = review_state(context).take_pending(update.effective_user.id, k.now())
    await update.effective_message.reply_text(texts.CANCELLED if pending
                                              else texts.NOTHING_TO_CANCEL)
