"""Build the python-telegram-bot Application: every handler registered here, in one place.

Handler groups, in the order they run for each update:
  -1  skip an update that was already handled (a redelivery after a restart);
   0  commands, buttons, membership changes and moderation;
  99  mark the update as handled.
"""

import logging
from collections.abc import Callable

from sqlalchemy.orm import Session
from telegram import BotCommand, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import alerts
from bot.handlers import admin, errors, membership, moderation, parents, welcome
from bot.services import BOT_DATA_KEY, Services, services
from bot.settings import BotSettings
from models import store

log = logging.getLogger(__name__)

# Telegram allows about 30 messages a second overall and 20 a minute in one group. The
# limiter queues each group separately, so a burst in one group never holds up another.
OVERALL_PER_SECOND = 25
GROUP_PER_MINUTE = 20

SCHOOL_RELOAD_SECONDS = 60  # a re-registered school file takes effect within a minute
ALERT_RETRY_SECONDS = 3600  # safeguarding alerts not yet delivered are tried again hourly
GROUPS = filters.ChatType.GROUPS
COMMANDS = [
    BotCommand("rules", "The school's code of conduct"),
    BotCommand("privacy", "What Kindly reads and keeps"),
    BotCommand("report", "Reply to a message to report it to the school"),
    BotCommand("status", "Admins: the bot's rights and settings"),
    BotCommand("mode", "Admins: observe, remind or enforce"),
    BotCommand("link", "Admins: link this group to the school"),
]


async def skip_handled_updates(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop here if this update was handled before (Telegram delivered it again)."""
    k = services(context)
    if await k.run_db(lambda s: store.update_handled(s, context.bot.id, update.update_id)):
        log.info("update %s was handled before; skipped", update.update_id)
        raise ApplicationHandlerStop


async def reload_changed_schools(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job: a school re-registered with `kindly school add --update` is rebuilt on next use."""
    k = services(context)
    cached = k.cached_schools()
    if not cached:
        return
    current = await k.run_db(lambda s: {sid: school.updated_at for sid in cached
                                        if (school := store.school_by_id(s, sid)) is not None})
    for school_id, built_from in cached.items():
        if current.get(school_id) != built_from:
            k.forget_school(school_id)
            log.info("school %s changed; its configuration is reloaded", school_id)


async def mark_handled(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Remember that this update has been handled (and forget it if it had failed before)."""
    k = services(context)

    def mark(s: Session) -> None:
        store.claim_update(s, context.bot.id, update.update_id, k.now())
        store.clear_failed_update(s, context.bot.id, update.update_id)

    await k.run_db(mark)


def add_handlers(app: Application) -> None:
    """Register every handler of the bot."""
    app.add_handler(TypeHandler(Update, skip_handled_updates), group=-1)

    app.add_handler(ChatMemberHandler(membership.track_bot_membership,
                                      ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, membership.follow_migration))
    app.add_handler(MessageHandler(GROUPS & filters.StatusUpdate.NEW_CHAT_MEMBERS,
                                   welcome.greet_new_members))
    app.add_handler(CommandHandler("link", admin.link_group, filters=GROUPS))
    app.add_handler(CommandHandler("mode", admin.set_mode, filters=GROUPS))
    app.add_handler(CommandHandler("status", admin.show_status, filters=GROUPS))
    app.add_handler(CommandHandler(["staff", "notstaff"], admin.mark_staff, filters=GROUPS))
    app.add_handler(CommandHandler("rules", parents.show_rules))
    app.add_handler(CommandHandler("privacy", parents.show_privacy))
    app.add_handler(CommandHandler("report", parents.report_message, filters=GROUPS))
    app.add_handler(CommandHandler("report", parents.report_by_link,
                                   filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(parents.acknowledge_code,
                                         pattern=f"^{parents.ACK_CALLBACK}$"))
    scorable = GROUPS & (filters.TEXT | filters.CAPTION | filters.PHOTO | filters.VIDEO) \
        & ~filters.COMMAND
    app.add_handler(MessageHandler(scorable & filters.UpdateType.MESSAGES,
                                   moderation.moderate_message))
    _add_review_handlers(app)

    app.add_handler(TypeHandler(Update, mark_handled), group=99)
    app.add_error_handler(errors.record_failure)


def _add_review_handlers(app: Application) -> None:
    """The reviewers' queue and digests, when that part of the bot is installed."""
    try:
        from bot.review import add_review_handlers
    except ImportError:
        return
    add_review_handlers(app)


def build_application(settings: BotSettings, make_services: Callable[[], Services],
                      ) -> Application:
    """The Application for these settings; services are built in post_init."""

    async def start_services(app: Application) -> None:
        k = make_services()
        app.bot_data[BOT_DATA_KEY] = k
        k.scoring.start()
        app.job_queue.run_repeating(errors.retry_failed_updates, errors.RETRY_EVERY_SECONDS,
                                    name="retry-failed-updates")
        app.job_queue.run_repeating(alerts.retry_safeguarding_alerts, ALERT_RETRY_SECONDS,
                                    first=1, name="retry-safeguarding-alerts")
        app.job_queue.run_repeating(reload_changed_schools, SCHOOL_RELOAD_SECONDS,
                                    name="reload-changed-schools")
        await app.bot.set_my_commands(COMMANDS)
        log.info("bot @%s ready; scorer: %s", app.bot.username, k.scorer_status)

    async def stop_services(app: Application) -> None:
        k: Services | None = app.bot_data.get(BOT_DATA_KEY)
        if k is not None:
            await k.close()

    builder = (ApplicationBuilder()
               .token(settings.token)
               .base_url(settings.api_base_url)
               .base_file_url(settings.api_base_url.replace("/bot", "/file/bot"))
               .rate_limiter(AIORateLimiter(overall_max_rate=OVERALL_PER_SECOND,
                                            group_max_rate=GROUP_PER_MINUTE,
                                            max_retries=settings.rate_limit_retries))
               .concurrent_updates(256)
               .post_init(start_services)
               .post_shutdown(stop_services))
    app = builder.build()
    add_handlers(app)
    return app

