"""What the buttons on a case card do: acknowledge, resolve with an outcome, dismiss per
clause, ask for a note, go back. Every change goes through the store, which audits it."""

from sqlalchemy.orm import Session
from telegram import ForceReply

from bot import telegram_calls
from bot.review import texts
from bot.review.access import CASE_NOTE, CASE_OUTCOME, Pending, review_state
from bot.review.cards import case_card
from bot.review.evidence import CaseView, case_view
from bot.review.keyboards import (
    ACK,
    BACK,
    CONFIRM_DISMISS,
    DISMISS,
    NOTE,
    OUTCOME,
    RESOLVE,
    TOGGLE,
    all_clauses_mask,
    clauses_in,
)
from bot.review.press import Action, Press
from models import store


async def load_case(press: Press) -> CaseView | None:
    """The pressed case through the presser's school, or None (answered "not available")."""
    return await press.load(case_view)


async def show_card(press: Press, view: CaseView, extra: str = "") -> None:
    """Rewrite the card with the case as it is now, and its buttons."""
    school = await press.school()
    text = case_card(view, school.rulebook, school.config.tz, press.now)
    await press.edit(text + (f"\n\n{extra}" if extra else ""), press.keys.case(view))


async def _open_case(press: Press) -> CaseView | None:
    view = await load_case(press)
    if view is not None and not view.is_open:
        await press.answer(texts.ALREADY_CLOSED.format(status=view.status), alert=True)
        await show_card(press, view)
        return None
    return view


async def _change(press: Press, status: str, outcome: str | None = None,
                  clause_ids: list[str] | None = None) -> CaseView | None:
    school_id, case_id, reviewer_id, now = (press.ref.school_id, press.button.target,
                                            press.ref.reviewer_id, press.now)

    def apply(s: Session) -> CaseView | None:
        if status == "dismissed":
            store.dismiss_case(s, school_id, case_id, reviewer_id, now, clause_ids,
                               outcome="Not a breach")
        else:
            store.set_case_status(s, school_id, case_id, status, reviewer_id, now, outcome)
        return case_view(s, school_id, case_id)

    return await press.k.run_db(apply)


async def acknowledge(press: Press) -> None:
    """Acknowledge: the reviewer has seen the case and is dealing with it."""
    view = await _open_case(press)
    if view is None:
        return
    if view.status == "open":
        view = await _change(press, "acknowledged")
    await press.answer("Acknowledged.")
    await show_card(press, view)


async def ask_outcome(press: Press) -> None:
    """Resolve: offer the outcomes from the school's procedures."""
    view = await _open_case(press)
    if view is not None:
        await press.edit_markup(press.keys.outcomes(view))


async def resolve(press: Press) -> None:
    """An outcome chosen: resolve the case with it ("Other" asks for the reviewer's words)."""
    view = await _open_case(press)
    if view is None:
        return
    choice = int(press.button.arg) if press.button.arg.isdigit() else -1
    if not 0 <= choice < len(texts.OUTCOMES):
        await press.answer(texts.BUTTON_REFUSED, alert=True)
        return
    if choice == texts.OTHER:
        await _ask(press, CASE_OUTCOME, texts.ASK_OUTCOME.format(case=view.case_id))
        return
    view = await _change(press, "resolved", outcome=texts.OUTCOMES[choice])
    await press.answer(texts.OUTCOME_SAVED.format(case=view.case_id,
                                                  outcome=texts.OUTCOMES[choice]))
    await show_card(press, view)


async def choose_clauses(press: Press) -> None:
    """Not a breach: choose which clauses were wrongly flagged (all, to start with)."""
    view = await _open_case(press)
    if view is None:
        return
    school = await press.school()
    mask = (all_clauses_mask(view, school.rulebook) if press.button.op == DISMISS
            else int(press.button.arg or 0))
    text = case_card(view, school.rulebook, school.config.tz, press.now)
    await press.edit(f"{text}\n\n{texts.CHOOSE_CLAUSES.format(case=view.case_id)}",
                     press.keys.clauses(view, school.rulebook, mask))


async def dismiss(press: Press) -> None:
    """Confirm the dismissal: the case closes, each chosen clause is recorded as dismissed."""
    view = await _open_case(press)
    if view is None:
        return
    school = await press.school()
    chosen = clauses_in(int(press.button.arg or 0), school.rulebook, view)
    if not chosen:
        await press.answer("Select at least one clause.", alert=True)
        return
    view = await _change(press, "dismissed", clause_ids=chosen)
    await press.answer(f"Case {view.case_id} dismissed as not a breach.")
    await show_card(press, view)


async def ask_note(press: Press) -> None:
    """Add note: the reviewer's next message in this chat becomes the note."""
    view = await load_case(press)
    if view is not None:
        await _ask(press, CASE_NOTE, texts.ASK_NOTE.format(case=view.case_id))


async def _ask(press: Press, kind: str, question: str) -> None:
    user_id = press.update.callback_query.from_user.id
    review_state(press.context).pending[user_id] = Pending(
        kind, press.ref.school_id, press.button.target, press.now)
    await press.answer()
    await telegram_calls.send(press.context.bot, user_id, question,
                              markup=ForceReply(input_field_placeholder=kind.title()))


async def back(press: Press) -> None:
    """Back to the card and its buttons."""
    view = await load_case(press)
    if view is not None:
        await show_card(press, view)


ACTIONS: dict[str, Action] = {
    ACK: acknowledge, RESOLVE: ask_outcome, OUTCOME: resolve, DISMISS: choose_clauses,
    TOGGLE: choose_clauses, CONFIRM_DISMISS: dismiss, NOTE: ask_note, BACK: back,
}
