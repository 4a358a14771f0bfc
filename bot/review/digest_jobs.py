"""Sending digests on schedule, once each, and `/digest` on demand.

Per school and kind, a JobQueue `run_daily` job (named `digest:<school>:<kind>`) wakes at the
school's local time on the right weekdays. Whatever wakes it, the job asks one question with
the bot's clock: which digest of this kind was due most recently, and has it been claimed?
A digest is claimed (a `digest_run` row, unique per school, kind and period) before it is
sent and marked after, so:
  - a digest missed while the bot was down is sent once, when it starts (or at the hourly
    check), as long as it is still the latest of its kind;
  - no digest is ever sent twice, even by two bot processes; one interrupted mid-send stays
    "running" and is not retried (at most once, never twice).
Nothing is sent when there is nothing to say (the run is recorded as "empty").
"""

import logging
from datetime import time, timedelta

from sqlalchemy.orm import Session
from telegram import Bot, Update
from telegram.ext import Application, ContextTypes

from bot import telegram_calls
from bot.review import digest, texts
from bot.review.access import reviewer_of
from bot.review.keyboards import PICK_DIGEST
from bot.review.schedule import (
    KINDS,
    DigestSettings,
    Slot,
    digest_settings,
    job_days,
    latest_slot,
)
from bot.review.which_school import school_for
from bot.services import SchoolRuntime, Services, services
from models import store
from models.digest_run import DigestRun

log = logging.getLogger(__name__)

# A job may start late when the loop is busy; it still runs within this many seconds.
MISFIRE_GRACE_SECONDS = 3600
JOB_OPTIONS = {"misfire_grace_time": MISFIRE_GRACE_SECONDS, "coalesce": True}


def job_name(school_id: int, kind: str) -> str:
    """The JobQueue name of a school's digest job."""
    return f"digest:{school_id}:{kind}"


def _settings(school: SchoolRuntime) -> DigestSettings:
    try:
        return digest_settings(school.config)
    except ValueError as e:
        log.error("school %s: %s; using the default digest times", school.id, e)
        return DigestSettings()


async def ensure_school_jobs(app: Application, k: Services, school_id: int) -> list[str]:
    """Schedule the school's digest jobs unless they exist; returns the names scheduled now."""
    school = await k.school_async(school_id)
    settings = _settings(school)
    added = []
    for kind in KINDS:
        chosen = settings.daily if kind == "daily" else settings.weekly
        name = job_name(school_id, kind)
        if chosen is None or app.job_queue.get_jobs_by_name(name):
            continue
        at = time(chosen.at.hour, chosen.at.minute, tzinfo=school.config.tz)
        app.job_queue.run_daily(send_scheduled_digest, at, days=job_days(kind, settings,
                                                                          school.config),
                                name=name, data=(school_id, kind), job_kwargs=JOB_OPTIONS)
        added.append(name)
    return added


async def send_scheduled_digest(context: ContextTypes.DEFAULT_TYPE) -> None:
    """A digest job woke up: send its kind's latest due digest if nobody has yet."""
    school_id, kind = context.job.data
    await send_due_digests(services(context), context.bot, school_id, (kind,))


async def send_due_digests(k: Services, bot: Bot, school_id: int,
                           kinds: tuple[str, ...] = KINDS) -> list[int]:
    """Send each kind's most recent due digest unless it was claimed; returns the run ids."""
    school = await k.school_async(school_id)
    settings = _settings(school)
    now = k.now()
    created = await k.run_db(lambda s: store.school_by_id(s, school_id).created_at)
    done = []
    for kind in kinds:
        slot = latest_slot(kind, settings, school.config, now)
        if slot is None or slot.end < created:
            continue
        run_id = await _run(k, bot, school, slot)
        if run_id is not None:
            done.append(run_id)
    return done


async def _run(k: Services, bot: Bot, school: SchoolRuntime, slot: Slot) -> int | None:
    now = k.now()
    run = await k.run_db(lambda s: store.claim_digest_run(s, school.id, slot.kind, slot.start,
                                                          slot.end, now))
    if run is None:
        return None
    try:
        status, items = await _deliver(k, bot, school, slot, run)
    except Exception:
        log.exception("digest run %s for school %s failed", run.id, school.id)
        status, items = "failed:error", 0
    await k.run_db(lambda s: store.finish_digest_run(s, school.id, run.id, status, items,
                                                     k.now()))
    log.info("digest run %s (%s) for school %s: %s", run.id, slot.kind, school.id, status)
    return run.id


async def _deliver(k: Services, bot: Bot, school: SchoolRuntime, slot: Slot,
                   run: DigestRun) -> tuple[str, int]:
    figures = await k.run_db(lambda s: digest.gather(s, school, slot.kind, slot.start,
                                                     slot.end))
    recipients = await k.run_db(lambda s: sorted({r.telegram_user_id
                                                  for r in store.reviewers(s, school.id)}))
    if not recipients:
        return "skipped:no reviewers", figures.items
    if not figures.has_news:
        return "empty", 0
    text = digest.render(figures, school, k.now())
    outcomes = [await telegram_calls.send(bot, user_id, text) for user_id in recipients]
    reached = sum(1 for o in outcomes if o.ok)
    await k.run_db(lambda s: store.audit(s, school.id, "bot", "digest.sent", f"digest:{run.id}",
                                         {"kind": slot.kind, "reached": reached,
                                          "recipients": len(recipients)}, k.now()))
    if reached:
        return "sent", figures.items
    return f"failed:{outcomes[0].detail}", figures.items


async def show_digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest: a summary now, since the last scheduled digest (asks which school if several)."""
    school_id = await school_for(update, context, PICK_DIGEST)
    if school_id is not None:
        await send_digest_now(context, update.effective_user.id, school_id)


async def send_digest_now(context: ContextTypes.DEFAULT_TYPE, user_id: int,
                          school_id: int) -> None:
    """The on-demand digest for one reviewer (audited; not a scheduled run)."""
    k = services(context)
    now = k.now()
    school = await k.school_async(school_id)

    def read(s: Session) -> digest.DigestFigures | None:
        ref = reviewer_of(s, user_id, school_id)
        if ref is None:
            return None
        sent = [r.period_end for r in store.digest_runs(s, school_id) if r.status == "sent"]
        start = max(sent) if sent else now - timedelta(days=1)
        store.audit(s, school_id, f"reviewer:{ref.reviewer_id}", "digest.view",
                    f"school:{school_id}", {}, now)
        return digest.gather(s, school, "on_demand", start, now)

    figures = await k.run_db(read)
    text = texts.NOT_A_REVIEWER if figures is None else digest.render(figures, school, now)
    await telegram_calls.send(context.bot, user_id, text)
