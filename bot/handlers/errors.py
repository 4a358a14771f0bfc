"""The one error handler, and the job that retries what failed.

An update whose handling raised is logged by id (never its content), kept in the database
with its payload and retried with a growing delay; after five attempts it is kept as failed,
without its content, and `/status` counts it. Nothing is silently dropped.
"""

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.services import services
from models import store

log = logging.getLogger(__name__)
RETRY_EVERY_SECONDS = 30


async def record_failure(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log what failed by id, keep the update for a retry, and leave it unmarked."""
    if not isinstance(update, Update):
        log.error("error outside an update: %s", type(context.error).__name__,
                  exc_info=context.error)
        return
    chat_id = update.effective_chat.id if update.effective_chat else None
    log.error("update %s in chat %s failed: %s", update.update_id, chat_id,
              type(context.error).__name__, exc_info=context.error)
    k = services(context)
    error = f"{type(context.error).__name__}: {context.error}"[:200]
    payload = update.to_dict()
    row = await k.run_db(lambda s: store.record_failed_update(
        s, context.bot.id, update.update_id, chat_id, error, payload, k.now()))
    if row.next_attempt_at is None:
        log.error("update %s gave up after %d attempts", update.update_id, row.attempts)
    raise ApplicationHandlerStop  # so the update is not marked as handled


async def retry_failed_updates(context: ContextTypes.DEFAULT_TYPE) -> int:
    """Handle again every failed update whose retry is due; returns how many were tried."""
    k = services(context)
    due = await k.run_db(lambda s: [(r.update_id, r.payload) for r in
                                    store.due_failed_updates(s, context.bot.id, k.now())])
    for update_id, payload in due:
        log.info("retrying update %s", update_id)
        await context.application.process_update(Update.de_json(payload, context.bot))
    return len(due)
