"""Buttons that reach beyond the card: a notice posted in the group, the exported case file,
and marking a parent's report as reviewed.

The notice is a fixed, neutral text naming nobody; it can only go to a group the case (or
report) happened in, and it is recorded against that group's latest incident and audited.
"""

import logging

from sqlalchemy.orm import Session
from telegram import InputFile
from telegram.error import TelegramError

from bot import telegram_calls
from bot.review import texts
from bot.review.cards import group_notice, report_card
from bot.review.case_actions import load_case, show_card
from bot.review.evidence import CaseView, ReportView, report_view
from bot.review.export import case_document, document_name
from bot.review.keyboards import (
    EXPORT,
    NOTICE,
    PAGE,
    PICK,
    PICK_DIGEST,
    PICK_INVITE_DEPUTY,
    PICK_INVITE_DSL,
    PICK_QUEUE,
    POST_NOTICE,
    REPORT_DONE,
    REPORT_NOTICE,
    REPORT_POST,
)
from bot.review.press import Action, Press
from models import store
from models.group import Group

log = logging.getLogger(__name__)
NOTICE_ACTION = "notice"


async def confirm_notice(press: Press) -> None:
    """Notice to group: show the text and where it would go."""
    view = await load_case(press)
    if view is None:
        return
    school = await press.school()
    notice = group_notice(school.rulebook, school.config.school)
    await press.edit(texts.CONFIRM_NOTICE.format(notice=notice), press.keys.notice(view))


async def _post(press: Press, group_id: int, subject: str, incident_id: int | None) -> str:
    """Post the notice in one of the school's groups and record it; returns what to say."""
    school = await press.school()
    notice = group_notice(school.rulebook, school.config.school)
    school_id, now = press.ref.school_id, press.now

    def find(s: Session) -> tuple[int, str] | None:
        group = s.get(Group, group_id)
        if group is None or group.school_id != school_id:
            return None
        return group.chat_id, group.title or "the group"

    found = await press.k.run_db(find)
    if found is None:
        return texts.GONE
    chat_id, title = found
    outcome = await telegram_calls.send(press.context.bot, chat_id, notice)

    def record(s: Session) -> None:
        if outcome.migrated_to:
            store.migrate_group(s, chat_id, outcome.migrated_to)
        if incident_id is not None:
            store.record_action(s, incident_id, NOTICE_ACTION, outcome.recorded, now,
                                bot_message_id=outcome.message_id)
        store.audit(s, school_id, press.actor, f"{subject.split(':')[0]}.notice", subject,
                    {"group_id": group_id, "outcome": outcome.recorded,
                     "message_id": outcome.message_id}, now)

    await press.k.run_db(record)
    log.info("notice for %s posted in chat %s: %s", subject, chat_id, outcome.recorded)
    if outcome.ok:
        return texts.NOTICE_POSTED.format(group=title)
    return texts.NOTICE_FAILED.format(group=title, detail=outcome.detail)


async def post_notice(press: Press) -> None:
    """Post in <group>: only a group of this case; then back to the card."""
    view = await load_case(press)
    if view is None:
        return
    group_id = int(press.button.arg or 0)
    if group_id not in {g.id for g in view.groups}:
        await press.answer(texts.BUTTON_REFUSED, alert=True)
        return
    latest = [m.incident_id for m in view.messages if m.group.id == group_id][-1]
    said = await _post(press, group_id, f"case:{view.case_id}", latest)
    view = await load_case(press)
    await press.answer(said, alert=True)
    await show_card(press, view, said)


async def export_case(press: Press) -> None:
    """Export: send the incident report and draft letter as an HTML document (audited)."""
    view: CaseView | None = await load_case(press)
    if view is None:
        return
    school = await press.school()
    tz = school.config.tz
    signer = f"{press.ref.name}, {texts.ROLE_NAMES.get(press.ref.role, press.ref.role)}"
    content = case_document(view, school.rulebook, press.ref.school_name, signer, tz, press.now)
    name = document_name(view, press.ref.school_key, press.now, tz)
    await press.answer()
    try:
        await press.context.bot.send_document(
            press.ref.telegram_user_id, InputFile(content, filename=name),
            caption=texts.EXPORT_CAPTION.format(case=view.case_id))
    except TelegramError as e:
        log.warning("export of case %s not delivered: %s", view.case_id, type(e).__name__)
        return
    await press.k.run_db(lambda s: store.audit(
        s, press.ref.school_id, press.actor, "case.export", f"case:{view.case_id}",
        {"bytes": len(content)}, press.now))


async def report_reviewed(press: Press) -> None:
    """Reviewed: record the outcome on the report; it leaves the queue."""
    view: ReportView | None = await press.load(report_view)
    choice = int(press.button.arg) if press.button.arg.isdigit() else -1
    if view is None or not 0 <= choice < len(texts.REPORT_OUTCOMES):
        return
    if view.reviewed_at is None:
        school_id, report_id = press.ref.school_id, view.report_id
        await press.k.run_db(lambda s: store.mark_report_reviewed(
            s, school_id, report_id, press.ref.reviewer_id, texts.REPORT_OUTCOMES[choice],
            press.now))
        view = await press.load(report_view)
    school = await press.school()
    await press.answer("Report marked as reviewed.")
    await press.edit(report_card(view, school.config.tz, press.now), None)


async def confirm_report_notice(press: Press) -> None:
    """Notice to group, for a report: show the text and the report's group."""
    view = await press.load(report_view)
    if view is None:
        return
    school = await press.school()
    notice = group_notice(school.rulebook, school.config.school)
    await press.edit(texts.CONFIRM_NOTICE.format(notice=notice), press.keys.report_notice(view))


async def post_report_notice(press: Press) -> None:
    """Post the notice in the report's group; then back to the report card."""
    view = await press.load(report_view)
    if view is None:
        return
    if int(press.button.arg or 0) != view.group.id:
        await press.answer(texts.BUTTON_REFUSED, alert=True)
        return
    said = await _post(press, view.group.id, f"report:{view.report_id}", None)
    school = await press.school()
    await press.answer(said, alert=True)
    await press.edit(f"{report_card(view, school.config.tz, press.now)}\n\n{said}",
                     press.keys.report(view))


async def next_page(press: Press) -> None:
    """Show more: the next page of the queue."""
    from bot.review.queue import send_queue
    await press.answer()
    await send_queue(press.context, press.ref.telegram_user_id, press.ref.school_id,
                     press.button.target)


async def picked_school(press: Press) -> None:
    """A school chosen from the picker: go on with the queue, the digest or an invite."""
    await press.answer()
    then, user_id, school_id = press.button.arg, press.ref.telegram_user_id, press.ref.school_id
    if then == PICK_QUEUE:
        from bot.review.queue import send_queue
        await send_queue(press.context, user_id, school_id, 0)
    elif then == PICK_DIGEST:
        from bot.review.digest_jobs import send_digest_now
        await send_digest_now(press.context, user_id, school_id)
    elif then in (PICK_INVITE_DEPUTY, PICK_INVITE_DSL):
        from bot.review.start import send_invite
        role = "safeguarding_lead" if then == PICK_INVITE_DSL else "deputy"
        await send_invite(press.update, press.context, school_id, role)


ACTIONS: dict[str, Action] = {
    NOTICE: confirm_notice, POST_NOTICE: post_notice, EXPORT: export_case,
    REPORT_DONE: report_reviewed, REPORT_NOTICE: confirm_report_notice,
    REPORT_POST: post_report_notice, PAGE: next_page, PICK: picked_school,
}
