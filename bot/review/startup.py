"""What the review part of the bot does once it is running: schedule jobs and catch up.

At start (a JobQueue job that runs as soon as the queue starts, after the services exist):
the reviewers' command menu for private chats, the nightly retention purge, each school's
digest jobs, and any digest missed while the bot was down. Every hour the same check runs
again, which also picks up schools registered while the bot was running.
"""

import logging

from telegram import BotCommand, BotCommandScopeAllPrivateChats
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from bot.retention import PURGE_JOB_NAME, add_purge_job
from bot.review.digest_jobs import ensure_school_jobs, send_due_digests
from bot.services import services
from models import store

log = logging.getLogger(__name__)

STARTUP_JOB = "review:start"
REFRESH_JOB = "review:refresh"
REFRESH_SECONDS = 3600
PRIVATE_COMMANDS = [
    BotCommand("queue", "Reviewers: open cases and reports"),
    BotCommand("digest", "Reviewers: a summary now"),
    BotCommand("invite", "Headteachers: invite a deputy or safeguarding lead"),
    BotCommand("cancel", "Stop waiting for a note"),
    BotCommand("help", "What you can do here"),
]


def schedule_startup(app: Application) -> None:
    """Run `start_review` as soon as the JobQueue starts (however late that is)."""
    app.job_queue.run_once(start_review, 0, name=STARTUP_JOB,
                           job_kwargs={"misfire_grace_time": None})


async def start_review(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Commands menu, retention purge, digest jobs, missed digests, hourly refresh."""
    app, k = context.application, services(context)
    try:
        await context.bot.set_my_commands(PRIVATE_COMMANDS,
                                          scope=BotCommandScopeAllPrivateChats())
    except TelegramError as e:
        log.warning("could not set the private command menu: %s", type(e).__name__)
    if not app.job_queue.get_jobs_by_name(PURGE_JOB_NAME):
        add_purge_job(app.job_queue, k.db, clock=k.now)
    await catch_up(context)
    app.job_queue.run_repeating(catch_up, REFRESH_SECONDS, first=REFRESH_SECONDS,
                                name=REFRESH_JOB, job_kwargs={"misfire_grace_time": None,
                                                              "coalesce": True})


async def catch_up(context: ContextTypes.DEFAULT_TYPE) -> None:
    """For every school: make sure its digest jobs exist and send any digest still owed."""
    app, k = context.application, services(context)
    school_ids = await k.run_db(lambda s: [school.id for school in store.list_schools(s)])
    for school_id in school_ids:
        try:
            await ensure_school_jobs(app, k, school_id)
            sent = await send_due_digests(k, context.bot, school_id)
        except Exception:
            log.exception("digest catch-up failed for school %s", school_id)
            continue
        if sent:
            log.info("school %s: caught up digest runs %s", school_id, sent)
