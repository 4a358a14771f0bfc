"""Becoming a reviewer: `/start CODE` from an invite link, `/help`, and `/invite` for a colleague.

An invite code is single-use, expiring and tied to one school and role, so redeeming it makes
the person a reviewer of that school only. Both the redemption and every invite issued are
audited (ids and roles only, never the code).
"""

import logging
from datetime import timedelta

from sqlalchemy.orm import Session
from telegram import Update
from telegram.ext import ContextTypes

from bot import telegram_calls
from bot.incoming import display_name
from bot.review import texts
from bot.review.access import ReviewerRef, review_state, reviewer_of, schools_of
from bot.review.keyboards import PICK_INVITE_DEPUTY, PICK_INVITE_DSL, Keys
from bot.services import services
from models import store

log = logging.getLogger(__name__)

REVIEWER_CODE = "reviewer:"
INVITE_TTL_DAYS = 7


def welcome(ref: ReviewerRef) -> str:
    """What a reviewer can do, for their role."""
    text = texts.WELCOME_REVIEWER.format(
        name=ref.name, school=ref.school_name, role=texts.ROLE_NAMES.get(ref.role, ref.role),
        invite=texts.INVITE_LINE if ref.role == "headteacher" else "")
    return text + (texts.SAFEGUARDING_LINE if ref.role == "safeguarding_lead" else "")


async def start_private(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start [CODE]: redeem a reviewer invite, or say hello."""
    k = services(context)
    message, user = update.effective_message, update.effective_user
    if not context.args:
        schools = await k.run_db(lambda s: schools_of(s, user.id))
        if schools:
            names = ", ".join(r.school_name for r in schools)
            await message.reply_text(texts.HELLO_AGAIN.format(schools=names))
        else:
            await message.reply_text(texts.HELLO_STRANGER)
        return
    code, now, name = context.args[0], k.now(), display_name(user)

    def redeem(s: Session) -> tuple[ReviewerRef | None, str]:
        try:
            row = store.redeem_code(s, code, REVIEWER_CODE, now, used_by=user.id)
        except store.CodeError as e:
            store.audit(s, None, f"telegram:{user.id}", "reviewer.invite_failed", "code",
                        {"reason": e.reason}, now)
            return None, str(e)
        reviewer = store.add_reviewer(s, row.school_id, user.id, row.role, name, now)
        school = store.school_by_id(s, row.school_id)
        store.audit(s, row.school_id, f"telegram:{user.id}", "reviewer.invite_redeemed",
                    f"reviewer:{reviewer.id}", {"role": row.role, "code_id": row.id}, now)
        return ReviewerRef(reviewer.id, user.id, school.id, school.key, school.name,
                           reviewer.role, reviewer.display_name or name), ""

    ref, problem = await k.run_db(redeem)
    if ref is None:
        log.info("reviewer invite refused for user %s", user.id)
        await message.reply_text(texts.CODE_FAILED.format(problem=problem))
        return
    log.info("user %s is now a %s at school %s", user.id, ref.role, ref.school_id)
    await message.reply_text(welcome(ref))
    from bot.review.digest_jobs import ensure_school_jobs
    await ensure_school_jobs(context.application, k, ref.school_id)
    if ref.role == "safeguarding_lead":
        await _deliver_alerts(context, ref.school_id)


async def _deliver_alerts(context: ContextTypes.DEFAULT_TYPE, school_id: int) -> None:
    """Alerts that waited for a safeguarding lead; a failure here must not undo the invite."""
    from bot.alerts import deliver_safeguarding_alerts
    try:
        await deliver_safeguarding_alerts(services(context), context.bot, school_id)
    except Exception:
        log.exception("delivering waiting safeguarding alerts of school %s failed", school_id)


async def show_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/help in a private chat: what this reviewer can do (or how to become one)."""
    user = update.effective_user
    schools = await services(context).run_db(lambda s: schools_of(s, user.id))
    if not schools:
        await update.effective_message.reply_text(texts.HELLO_STRANGER)
        return
    await update.effective_message.reply_text("\n\n".join(welcome(r) for r in schools))


async def invite_reviewer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/invite deputy|safeguarding_lead: a headteacher gets a one-time link for a colleague."""
    k = services(context)
    message, user = update.effective_message, update.effective_user
    role = texts.INVITE_ROLES.get((context.args or [""])[0].lower())
    schools = await k.run_db(lambda s: schools_of(s, user.id))
    heads = [r for r in schools if r.role == "headteacher"]
    if not schools:
        await message.reply_text(texts.NOT_A_REVIEWER)
        return
    if not heads:
        await message.reply_text(texts.ONLY_HEADTEACHER)
        return
    if role is None:
        await message.reply_text(texts.INVITE_USAGE)
        return
    if len(heads) > 1:
        then = PICK_INVITE_DSL if role == "safeguarding_lead" else PICK_INVITE_DEPUTY
        keys = Keys(review_state(context).key, user.id)
        await message.reply_text(texts.PICK_SCHOOL, reply_markup=keys.pick(
            [(r.school_id, r.school_name) for r in heads], then))
        return
    await send_invite(update, context, heads[0].school_id, role)


async def send_invite(update: Update, context: ContextTypes.DEFAULT_TYPE, school_id: int,
                      role: str) -> None:
    """Issue and send an invite link for `role` at one school, if the user heads it."""
    k = services(context)
    user, now = update.effective_user, k.now()

    def issue(s: Session) -> tuple[str, str] | None:
        ref = reviewer_of(s, user.id, school_id)
        if ref is None or ref.role != "headteacher":
            return None
        code = store.issue_code(s, school_id, REVIEWER_CODE + role, now,
                                ttl=timedelta(days=INVITE_TTL_DAYS))
        store.audit(s, school_id, f"reviewer:{ref.reviewer_id}", "reviewer.invite",
                    f"school:{school_id}", {"role": role}, now)
        return code, ref.school_name

    issued = await k.run_db(issue)
    if issued is None:
        await telegram_calls.send(context.bot, user.id, texts.ONLY_HEADTEACHER)
        return
    code, school_name = issued
    school = await k.school_async(school_id)
    expires = texts.local(now + timedelta(days=INVITE_TTL_DAYS), school.config.tz)
    link = f"https://t.me/{context.bot.username}?start={code}"
    await telegram_calls.send(context.bot, user.id, texts.INVITE_LINK.format(
        role=texts.ROLE_NAMES[role], school=school_name, expires=expires, link=link))
