"""Score each group message and act on the verdict: the bot's main job.

The steps, in order, for every text, caption, photo, forward or edit in a linked group:
1. read the message into Kindly's own `Message` (`bot.incoming`) and look up the group,
   the sender and whether the message is addressed to staff;
2. score it off the event loop (`bot.scoring_queue`);
3. store the incident, the escalation and any safeguarding alert *before* anything is sent,
   idempotently, so a redelivered update is never counted twice;
4. carry out the public steps the group's mode calls for (`bot.actuator`) and record each
   outcome against the incident.
Message text is stored only for breaches and never logged.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session
from telegram import Update
from telegram.ext import ContextTypes

from bot import telegram_calls, texts
from bot.actuator import DELETED, NOTED, REMINDED, Plan, plan_actions
from bot.incoming import Incoming, read_incoming
from bot.services import SchoolRuntime, Services, services
from models import store
from rules.escalation import escalate, ladder_breaches
from rules.verdict import Verdict

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Situation:
    """What the database says about a message before it is scored."""

    group_id: int
    school_id: int
    member_id: int
    mode: str
    can_delete: bool
    title: str
    sender_is_staff: bool
    to_staff: bool


@dataclass
class Recorded:
    """The stored incident and what was decided for it."""

    incident_id: int
    created: bool
    done: set[str] = field(default_factory=set)
    escalation_reason: str = ""
    alert_ids: list[int] = field(default_factory=list)
    cooling_down: bool = False


async def moderate_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Handle a new or edited group message."""
    message = update.effective_message
    if message is None:
        return
    incoming = read_incoming(message, edited=update.edited_message is not None)
    if incoming is None:
        return
    k = services(context)
    async with k.chat_lock(incoming.chat_id):
        await _moderate(k, context, incoming)


async def _moderate(k: Services, context: ContextTypes.DEFAULT_TYPE, incoming: Incoming) -> None:
    school_id = await k.run_db(lambda s: _linked_school(s, incoming.chat_id))
    if school_id is None:
        return
    school = await k.school_async(school_id)  # built outside any transaction
    situation = await k.run_db(lambda s: _situation(s, school, incoming))
    recent = 0
    if situation.to_staff:
        recent = k.staff_contacts.count_before(school.id, incoming.sender_id, incoming.sent_at)
    verdict = await k.scoring.score(school.id, incoming.to_message(
        staff=situation.sender_is_staff, to_staff=situation.to_staff,
        recent_staff_messages=recent))
    if situation.to_staff and incoming.revision == 0:
        k.staff_contacts.add(school.id, incoming.sender_id, incoming.sent_at)
    if verdict.clean or verdict.exempt or not verdict.breaches:
        if incoming.revision:
            await k.run_db(lambda s: store.note_edit_cleared(
                s, school.id, situation.group_id, incoming.message_id, incoming.sent_at))
        return
    recorded = await k.run_db(lambda s: _record(s, k, school, situation, incoming, verdict))
    log.info("breach in chat %s message %s: %s (incident %s%s)", incoming.chat_id,
             incoming.message_id, ",".join(b.clause_id for b in verdict.breaches),
             recorded.incident_id, "" if recorded.created else ", seen before")
    plan = plan_actions(verdict, situation.mode, can_delete=situation.can_delete,
                        cooling_down=recorded.cooling_down, dry_run=k.settings.dry_run)
    await _carry_out(k, context, situation, incoming, verdict, plan, recorded)
    if recorded.alert_ids:
        from bot.alerts import deliver_safeguarding_alerts
        await deliver_safeguarding_alerts(k, context.bot, school.id)


def _linked_school(s: Session, chat_id: int) -> int | None:
    group = store.linked_group(s, chat_id)
    return group.school_id if group is not None else None


def _situation(s: Session, school: SchoolRuntime, incoming: Incoming) -> Situation:
    group = store.group_by_chat(s, incoming.chat_id)
    member = store.ensure_member(s, group.school_id, incoming.sender_id, incoming.sender_name,
                                 incoming.sent_at)
    addressed = set(incoming.mentioned_user_ids)
    if incoming.reply_to_user_id is not None:
        addressed.add(incoming.reply_to_user_id)
    to_staff = (bool(incoming.mentioned_usernames & school.staff_usernames)
                or any(store.is_staff(s, group.school_id, uid) for uid in addressed))
    return Situation(group_id=group.id, school_id=group.school_id, member_id=member.id,
                     mode=group.mode, can_delete=group.can_delete, title=group.title or "",
                     sender_is_staff=member.role == "staff", to_staff=to_staff)


def _record(s: Session, k: Services, school: SchoolRuntime, situation: Situation,
            incoming: Incoming, verdict: Verdict) -> Recorded:
    """Store the incident and its escalation; one transaction, safe to repeat."""
    member_id = situation.member_id
    scores = {f.label: round(f.score, 4) for f in verdict.findings}
    incident, created = store.record_incident(
        s, school_id=school.id, group_id=situation.group_id, member_id=member_id,
        chat_id=incoming.chat_id, message_id=incoming.message_id, revision=incoming.revision,
        text=incoming.text, sent_at=incoming.sent_at,
        edited_at=incoming.sent_at if incoming.revision else None,
        clause_ids=[b.clause_id for b in verdict.breaches], severity=verdict.severity or "low",
        labels=list(verdict.labels), scores=scores,
        reasons=[f.reason for f in verdict.findings], mode=situation.mode, now=incoming.sent_at,
        counts=bool(ladder_breaches(school.rulebook, verdict)))
    recorded = Recorded(incident.id, created)
    recorded.done = {a.action for a in store.incident_actions(s, incident.id)
                     if a.outcome == "ok"}
    recorded.cooling_down = _cooling_down(s, k, situation.group_id, member_id, incoming.sent_at)
    if not created:
        return recorded
    history = store.breach_history(s, school.id, member_id, before=incoming.sent_at,
                                   exclude_incident_id=incident.id)
    result = escalate(school.rulebook, verdict, history, incoming.sent_at,
                      school.config.term_dates)
    recorded.escalation_reason = result.reason
    if result.open_case:
        case, _ = store.open_or_extend_case(s, school.id, member_id, incident,
                                            verdict.severity or "low", result.reason,
                                            incoming.sent_at)
        if result.counted:  # the earlier breaches that led here are part of the case
            store.attach_to_case(s, school.id, member_id, case,
                                 since=min(b.at for b in result.counted))
    if result.alert_safeguarding_lead:
        alert = store.record_safeguarding_alert(s, school.id, incident.id, incoming.sent_at)
        recorded.alert_ids.append(alert.id)
    return recorded


def _cooling_down(s: Session, k: Services, group_id: int, member_id: int, now: datetime) -> bool:
    group_gap = timedelta(seconds=k.settings.group_cooldown_seconds)
    member_gap = timedelta(seconds=k.settings.member_cooldown_seconds)
    last_group = store.last_bot_reminder_at(s, group_id)
    last_member = store.last_bot_reminder_at(s, group_id, member_id)
    return bool((last_group and now - last_group < group_gap)
                or (last_member and now - last_member < member_gap))


async def _carry_out(k: Services, context: ContextTypes.DEFAULT_TYPE, situation: Situation,
                     incoming: Incoming, verdict: Verdict, plan: Plan, recorded: Recorded) -> None:
    """Send and delete as planned, recording every outcome against the incident."""
    bot = context.bot
    chat_id = incoming.chat_id
    results: list[tuple[str, telegram_calls.Outcome]] = []
    deleted = DELETED in recorded.done
    if plan.delete and not deleted:
        outcome = await telegram_calls.delete(bot, chat_id, incoming.message_id)
        results.append((DELETED, outcome))
        chat_id = outcome.migrated_to or chat_id
        deleted = outcome.ok
        if outcome.detail.startswith("bad request"):  # e.g. "message can't be deleted"
            await k.run_db(lambda s: _lost_delete_right(s, incoming.chat_id))
        # If it is still there, the reminder goes to it instead of a note claiming removal.
    if plan.note and deleted and NOTED not in recorded.done:
        text = texts.REMOVED_NOTE.format(clause=verdict.reminder_clause or "the code of conduct",
                                         reminder=verdict.reminder)
        outcome = await telegram_calls.send(bot, chat_id, text)
        results.append((NOTED, outcome))
    wants_reply = plan.remind or (plan.note and not deleted)
    if wants_reply and REMINDED not in recorded.done and verdict.reminder:
        outcome = await telegram_calls.send(bot, chat_id, verdict.reminder,
                                            reply_to=incoming.message_id)
        results.append((REMINDED, outcome))
        chat_id = outcome.migrated_to or chat_id
    now = incoming.sent_at
    steps = [(name, None) for name in plan.recorded_only if name not in recorded.done]
    await k.run_db(lambda s: _record_outcomes(s, recorded.incident_id, results, steps, now))
    for name, outcome in results:
        if outcome.migrated_to:
            await k.run_db(lambda s, o=outcome: store.migrate_group(s, incoming.chat_id,
                                                                    o.migrated_to))
        if name in (REMINDED, NOTED) and outcome.ok and k.settings.reminder_lifetime_seconds:
            _schedule_cleanup(context, chat_id, outcome.message_id,
                              k.settings.reminder_lifetime_seconds)


def _lost_delete_right(s: Session, chat_id: int) -> None:
    """A deletion failed: remember the bot cannot delete here until /status says otherwise."""
    group = store.group_by_chat(s, chat_id)
    if group is not None:
        store.set_bot_rights(s, group, group.can_read_all, False)


def _record_outcomes(s: Session, incident_id: int,
                     results: list[tuple[str, telegram_calls.Outcome]],
                     steps: list[tuple[str, None]], now: datetime) -> None:
    for name, outcome in results:
        store.record_action(s, incident_id, name, outcome.recorded, now,
                            bot_message_id=outcome.message_id)
    for name, _ in steps:
        store.record_action(s, incident_id, name, "ok", now)


def _schedule_cleanup(context: ContextTypes.DEFAULT_TYPE, chat_id: int, message_id: int | None,
                      seconds: int) -> None:
    """Remove the bot's own reminder after a while, to keep the chat clean."""
    if message_id is None or context.job_queue is None:
        return

    async def remove(ctx: ContextTypes.DEFAULT_TYPE) -> None:
        await telegram_calls.delete(ctx.bot, chat_id, message_id)

    context.job_queue.run_once(remove, seconds, name=f"cleanup:{chat_id}:{message_id}",
                               chat_id=chat_id)
