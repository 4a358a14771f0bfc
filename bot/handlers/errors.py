"""The one error handler: log ids and the traceback, never the update's content."""

import logging

from telegram import Update
from telegram.ext import ContextTypes

log = logging.getLogger(__name__)


async def log_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log what failed by id; the update stays unmarked, so it is handled again if redelivered."""
    update_id = update.update_id if isinstance(update, Update) else None
    chat_id = update.effective_chat.id if isinstance(update, Update) and update.effective_chat \
        else None
    log.error("update %s in chat %s failed: %s", update_id, chat_id,
              type(context.error).__name__, exc_info=context.error)
