"""A reviewer's button press: check the signature, check access, then hand it to its action.

The order matters: the data must carry this bot's signature for this user, the user must be
a reviewer of the school named in the data (read from the database now; a reviewer the
operator removed is refused from that moment), a safeguarding button needs the safeguarding
lead's or the headteacher's role, and the action then reads the case, report or concern
through that school's id, so another school's row is "not there". A refused press is
audited and answered with an alert; nothing is revealed.
"""

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy.orm import Session
from telegram import InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.review import texts
from bot.review.access import ReviewerRef, deny, review_state, reviewer_of
from bot.review.callbacks import BadButton, Button, verify
from bot.review.keyboards import SAFEGUARDING_OPS, Keys
from bot.services import SchoolRuntime, Services, services
from models.store import StoreError

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class Press:
    """One verified press by a reviewer of `button.school_id`."""

    update: Update
    context: ContextTypes.DEFAULT_TYPE
    k: Services
    ref: ReviewerRef
    button: Button
    now: datetime
    keys: Keys
    answered: bool = False

    @property
    def actor(self) -> str:
        """How the audit log names this reviewer."""
        return f"reviewer:{self.ref.reviewer_id}"

    async def school(self) -> SchoolRuntime:
        """The school's config and rulebook."""
        return await self.k.school_async(self.ref.school_id)

    async def load(self, view_of: Callable[[Session, int, int], T | None]) -> T | None:
        """The pressed case, report or concern read through the presser's school, or None
        (answered "not available")."""
        school_id, target = self.ref.school_id, self.button.target
        view = await self.k.run_db(lambda s: view_of(s, school_id, target))
        if view is None:
            await self.answer(texts.GONE, alert=True)
        return view

    async def answer(self, text: str | None = None, alert: bool = False) -> None:
        """Stop the button's spinner (once), optionally with a short notice."""
        if not self.answered:
            self.answered = True
            try:
                await self.update.callback_query.answer(text, show_alert=alert)
            except BadRequest as e:  # too old (e.g. handled again after a failure): harmless
                log.info("callback answer refused: %s", e.message)

    async def edit(self, text: str, markup: InlineKeyboardMarkup | None) -> None:
        """Rewrite the message the button was on (unchanged text is not an error)."""
        try:
            await self.update.callback_query.edit_message_text(text, reply_markup=markup)
        except BadRequest as e:
            _unless_unchanged(e)

    async def edit_markup(self, markup: InlineKeyboardMarkup | None) -> None:
        """Change only the buttons of the message."""
        try:
            await self.update.callback_query.edit_message_reply_markup(markup)
        except BadRequest as e:
            _unless_unchanged(e)


def _unless_unchanged(e: BadRequest) -> None:
    """The change is already stored; a card that cannot be rewritten (gone, too old) is only
    logged, so the press is not handled again."""
    if "not modified" not in e.message.lower():
        log.warning("could not rewrite a review card: %s", e.message)


Action = Callable[[Press], Awaitable[None]]


def _actions() -> dict[str, Action]:
    from bot.review import case_actions, notices, safeguarding
    return {**case_actions.ACTIONS, **notices.ACTIONS, **safeguarding.ACTIONS}


def _allowed(s: Session, user_id: int, button: Button, now: datetime) -> ReviewerRef | None:
    """The presser's reviewer record if they may press this button; else audit the refusal."""
    ref = reviewer_of(s, user_id, button.school_id)
    if ref is not None and (button.op not in SAFEGUARDING_OPS or ref.sees_safeguarding):
        return ref
    deny(s, user_id, f"{button.op}:{button.target}", button.school_id, now)
    return None


async def press_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button on a queue card, a picker or a digest: verified, access-checked, then done."""
    query = update.callback_query
    user = query.from_user
    k = services(context)
    state = review_state(context)
    now = k.now()
    try:
        button = verify(state.key, user.id, query.data or "")
    except BadButton as e:
        log.warning("refused a button from user %s: %s", user.id, e)
        await k.run_db(lambda s: deny(s, user.id, "button", None, now))
        await query.answer(texts.BUTTON_REFUSED, show_alert=True)
        return
    ref = await k.run_db(lambda s: _allowed(s, user.id, button, now))
    action = _actions().get(button.op)
    if ref is None or action is None:
        log.warning("refused %s by user %s at school %s", button.op, user.id, button.school_id)
        await query.answer(texts.BUTTON_REFUSED, show_alert=True)
        return
    press = Press(update, context, k, ref, button, now, Keys(state.key, user.id))
    try:
        await action(press)
    except StoreError as e:  # e.g. the case was closed by a colleague a moment ago
        await press.answer(str(e)[:190], alert=True)
    await press.answer()
