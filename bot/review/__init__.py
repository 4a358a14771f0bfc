"""The reviewers' side of the bot: invites, the review queue, and digests, in private chats.

`add_review_handlers(app)` registers everything; `bot.application` calls it when this
package is installed. See docs/review.md for how a headteacher uses it.
"""

from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.review.access import install_state
from bot.review.answers import cancel_answer, receive_answer
from bot.review.callbacks import HANDLER_PATTERN
from bot.review.digest_jobs import show_digest
from bot.review.press import press_button
from bot.review.queue import show_queue
from bot.review.start import invite_reviewer, show_help, start_private
from bot.review.startup import schedule_startup

PRIVATE = filters.ChatType.PRIVATE

__all__ = ["add_review_handlers"]


def add_review_handlers(app: Application) -> None:
    """Register the reviewers' commands, buttons and answers, and the start-up job."""
    install_state(app)
    app.add_handler(CommandHandler("start", start_private, filters=PRIVATE))
    app.add_handler(CommandHandler("help", show_help, filters=PRIVATE))
    app.add_handler(CommandHandler("queue", show_queue, filters=PRIVATE))
    app.add_handler(CommandHandler("digest", show_digest, filters=PRIVATE))
    app.add_handler(CommandHandler("invite", invite_reviewer, filters=PRIVATE))
    app.add_handler(CommandHandler("cancel", cancel_answer, filters=PRIVATE))
    app.add_handler(CallbackQueryHandler(press_button, pattern=HANDLER_PATTERN))
    app.add_handler(MessageHandler(PRIVATE & filters.TEXT & ~filters.COMMAND, receive_answer))
    schedule_startup(app)
