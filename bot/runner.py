"""Start the bot: long polling (default) or webhook, with the database and scorer ready.

`kindly run` calls `run_bot`, which blocks until Ctrl-C. Tests, the demo and the end-to-end
benchmark use `running_bot`, an async context manager that starts the same Application
inside an event loop that is already running.
"""

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime

from telegram import Update
from telegram.ext import Application

from bot.application import build_application
from bot.loading import build_engine, read_rulebook
from bot.scorers import ScorerSettings, build_scorer
from bot.services import SchoolRuntime, Services
from bot.settings import BotSettings
from models import store
from models.database import Database
from rules.school import load_school
from rules.scorer import ToxicityScorer

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY,
                   Update.MY_CHAT_MEMBER, Update.CHAT_MEMBER]


def services_factory(settings: BotSettings, db: Database, scorer: ToxicityScorer,
                     scorer_status: str,
                     clock: Callable[[], datetime] | None = None) -> Callable[[], Services]:
    """A function that builds the bot's services (called once the event loop runs)."""

    def load_runtime(school_id: int) -> SchoolRuntime:
        with db.session() as s:
            row = store.school_by_id(s, school_id)
            if row is None:
                raise LookupError(f"school {school_id} is not registered")
            key, text, rulebook_id = row.key, row.config_yaml, row.rulebook_id
            updated_at = row.updated_at
        config = load_school(text, f"school {key} (database)")
        rulebook = read_rulebook(rulebook_id)
        usernames = frozenset(m.telegram_username.lower().lstrip("@") for m in config.staff
                              if m.telegram_username)
        return SchoolRuntime(school_id, key, config, rulebook,
                             build_engine(config, scorer, rulebook), updated_at, usernames)

    def make() -> Services:
        return Services(settings, db, scorer, scorer_status, load_runtime, clock)

    return make


def prepare(settings: BotSettings, scorer: ToxicityScorer | None = None,
            clock: Callable[[], datetime] | None = None) -> tuple[Application, Database]:
    """Migrate the database, load the scorer and build the Application."""
    db = Database(settings.effective_database_url)
    db.upgrade()
    status = "given"
    if scorer is None:
        scorer, status = build_scorer(ScorerSettings.from_env())
    log.info("toxicity scorer: %s", status)
    app = build_application(settings, services_factory(settings, db, scorer, status, clock))
    return app, db


def run_bot(settings: BotSettings) -> None:
    """Run until interrupted, by long polling or as a webhook server."""
    app, db = prepare(settings)
    try:
        if settings.mode == "webhook":
            app.run_webhook(listen=settings.webhook_listen, port=settings.webhook_port,
                            url_path="telegram", webhook_url=settings.webhook_url,
                            secret_token=settings.webhook_secret,
                            allowed_updates=ALLOWED_UPDATES)
        else:
            app.run_polling(allowed_updates=ALLOWED_UPDATES)
    finally:
        db.dispose()


@asynccontextmanager
async def running_bot(settings: BotSettings, scorer: ToxicityScorer | None = None,
                      clock: Callable[[], datetime] | None = None,
                      poll_timeout: int = 1) -> AsyncIterator[Application]:
    """The bot running inside the current event loop until the block ends."""
    app, db = prepare(settings, scorer, clock)
    async with app:
        await app.post_init(app)  # run_polling would call these two hooks; we start by hand
        await app.start()
        if settings.mode == "webhook":
            await app.updater.start_webhook(
                listen=settings.webhook_listen, port=settings.webhook_port,
                url_path="telegram", webhook_url=settings.webhook_url,
                secret_token=settings.webhook_secret, allowed_updates=ALLOWED_UPDATES)
        else:
            await app.updater.start_polling(timeout=poll_timeout,
                                            allowed_updates=ALLOWED_UPDATES)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
            await app.post_shutdown(app)
    db.dispose()
