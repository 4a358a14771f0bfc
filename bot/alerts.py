"""Safeguarding alerts: privately to the school's safeguarding lead(s), never into the group.

An alert is stored with its incident before anything is sent. Delivery is tried at once, again
whenever a safeguarding lead registers, when the bot starts and every hour; an alert stays
pending until at least one lead has received it.
"""

import logging
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session
from telegram import Bot
from telegram.ext import ContextTypes

from bot import telegram_calls, texts
from bot.services import Services, services
from models import store
from models.group import Group

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Pending:
    alert_id: int
    text: str


def _pending(s: Session, school_id: int,
             tz: ZoneInfo) -> tuple[list[_Pending], list[tuple[int, int]]]:
    alerts = []
    for alert in store.pending_safeguarding_alerts(s, school_id):
        incident = store.incident_by_id(s, school_id, alert.incident_id)
        group = s.get(Group, incident.group_id)
        member = store.member_by_id(s, school_id, incident.member_id)
        when = incident.sent_at.astimezone(tz).strftime("%A %d %B %Y, %H:%M")
        alerts.append(_Pending(alert.id, texts.SAFEGUARDING_ALERT.format(
            clause=", ".join(incident.clause_ids), group=group.title or "class group",
            when=when, sender=member.display_name or "a member", text=incident.text or "")))
    leads = [(r.id, r.telegram_user_id)
             for r in store.reviewers(s, school_id, role="safeguarding_lead")]
    return alerts, leads


async def deliver_safeguarding_alerts(k: Services, bot: Bot, school_id: int) -> int:
    """Send every pending alert of a school to its safeguarding leads; returns how many went."""
    async with k.alert_lock(school_id):
        return await _deliver(k, bot, school_id)


async def _deliver(k: Services, bot: Bot, school_id: int) -> int:
    tz = ZoneInfo((await k.school_async(school_id)).config.timezone)
    alerts, leads = await k.run_db(lambda s: _pending(s, school_id, tz))
    if alerts and not leads:
        log.warning("school %s has %d safeguarding alerts waiting: no safeguarding lead "
                    "is registered yet", school_id, len(alerts))
        return 0
    delivered = 0
    for alert in alerts:
        first_reached = None
        for reviewer_id, telegram_id in leads:
            outcome = await telegram_calls.send(bot, telegram_id, alert.text)
            if outcome.ok:
                first_reached = first_reached or reviewer_id
            else:
                log.warning("alert %s not delivered to a lead: %s", alert.alert_id,
                            outcome.detail)
        if first_reached is not None:
            delivered += 1
            await k.run_db(lambda s, a=alert, r=first_reached: store.mark_alert_delivered(
                s, a.alert_id, r, k.now()))
    return delivered


async def retry_safeguarding_alerts(context: ContextTypes.DEFAULT_TYPE) -> int:
    """Job: deliver every school's alerts still waiting (at start, then hourly)."""
    k = services(context)
    school_ids = await k.run_db(lambda s: [sc.id for sc in store.list_schools(s)
                                           if store.pending_safeguarding_alerts(s, sc.id)])
    delivered = 0
    for school_id in school_ids:
        delivered += await deliver_safeguarding_alerts(k, context.bot, school_id)
    return delivered
