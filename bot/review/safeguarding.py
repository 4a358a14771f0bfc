"""The safeguarding section of /queue: what its buttons do, and sending a concern's card.

A safeguarding concern never opens a case, so without this section the lead would only
have the private alert. Only a safeguarding lead or the headteacher sees the section or may
press its buttons; `press.py` checks the role on every press and the store checks it again.
The concern is read through the presser's school, so another school's alert is "not
there". Acknowledging and adding a note are audited; the note's text stays with the alert.
"""

from datetime import datetime

from sqlalchemy.orm import Session
from telegram import ForceReply
from telegram.ext import ContextTypes

from bot import telegram_calls
from bot.review import texts
from bot.review.access import CONCERN_NOTE, Pending, review_state, reviewer_of
from bot.review.cards import safeguarding_card
from bot.review.evidence import SafeguardingView, safeguarding_view
from bot.review.keyboards import SAFEGUARDING_ACK, SAFEGUARDING_NOTE, Keys
from bot.review.press import Action, Press
from bot.services import services
from models import store


async def acknowledge_concern(press: Press) -> None:
    """Acknowledge: the lead has the concern in hand; it leaves the section (audited)."""
    view = await press.load(safeguarding_view)
    if view is None:
        return
    school_id, alert_id, reviewer_id, now = (press.ref.school_id, view.alert_id,
                                             press.ref.reviewer_id, press.now)
    if view.acknowledged is None:
        def apply(s: Session) -> SafeguardingView | None:
            store.acknowledge_safeguarding_alert(s, school_id, alert_id, reviewer_id, now)
            return safeguarding_view(s, school_id, alert_id)

        view = await press.k.run_db(apply)
        await press.answer(texts.SAFEGUARDING_ACKNOWLEDGED)
    else:  # a colleague got there first
        await press.answer(texts.SAFEGUARDING_ALREADY.format(name=view.acknowledged.author),
                           alert=True)
    school = await press.school()
    await press.edit(safeguarding_card(view, school.rulebook, school.config.tz, press.now),
                     press.keys.safeguarding(view))


async def ask_concern_note(press: Press) -> None:
    """Add note: the reviewer's next message in this chat is kept with the concern."""
    view = await press.load(safeguarding_view)
    if view is None:
        return
    user_id = press.ref.telegram_user_id
    review_state(press.context).pending[user_id] = Pending(
        CONCERN_NOTE, press.ref.school_id, view.alert_id, press.now)
    await press.answer()
    await telegram_calls.send(press.context.bot, user_id,
                              texts.ASK_SAFEGUARDING_NOTE.format(alert=view.alert_id),
                              markup=ForceReply(input_field_placeholder="Note"))


def save_concern_note(s: Session, user_id: int, pending: Pending, text: str,
                      now: datetime) -> str | None:
    """Keep a typed note with the concern; returns what went wrong, or None."""
    ref = reviewer_of(s, user_id, pending.school_id)
    if ref is None:
        return texts.NOT_A_REVIEWER
    if not ref.sees_safeguarding:
        return texts.ONLY_SAFEGUARDING
    store.add_safeguarding_note(s, pending.school_id, pending.target_id, ref.reviewer_id,
                                text, now)
    return None


async def send_concern_card(context: ContextTypes.DEFAULT_TYPE, user_id: int, school_id: int,
                            alert_id: int) -> None:
    """Send the concern's card again, as it is now, with its buttons (audited as a view)."""
    k = services(context)
    now = k.now()

    def read(s: Session) -> SafeguardingView | None:
        ref = reviewer_of(s, user_id, school_id)
        if ref is None or not ref.sees_safeguarding:
            return None
        view = safeguarding_view(s, school_id, alert_id)
        if view is not None:
            store.audit(s, school_id, f"reviewer:{ref.reviewer_id}", "safeguarding.view",
                        f"alert:{alert_id}", {}, now)
        return view

    view = await k.run_db(read)
    if view is None:
        return
    school = await k.school_async(school_id)
    keys = Keys(review_state(context).key, user_id)
    await telegram_calls.send(context.bot, user_id,
                              safeguarding_card(view, school.rulebook, school.config.tz, now),
                              markup=keys.safeguarding(view))


ACTIONS: dict[str, Action] = {
    SAFEGUARDING_ACK: acknowledge_concern, SAFEGUARDING_NOTE: ask_concern_note,
}
