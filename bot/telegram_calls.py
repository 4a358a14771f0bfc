"""Sending and deleting with Telegram's errors handled, so an incident is never lost to one.

Each call returns an `Outcome` instead of raising: the caller records it against the
incident. Rate limits (`RetryAfter`) are first retried by python-telegram-bot's
AIORateLimiter; what still comes back here is waited out and tried again. Server errors and
dropped connections are retried a few times with a short backoff; so are timeouts, except
for a send, which might have arrived (a reminder posted twice is worse than one missing; the
incident is kept either way). A group that became a supergroup
(`ChatMigrated`) is retried at its new id, which the outcome reports so the caller can move
the group's records.
"""

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from telegram import Bot, Message, ReplyParameters
from telegram._utils.types import ReplyMarkup
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger(__name__)

ATTEMPTS = 3
BACKOFF_SECONDS = 0.5
MAX_WAIT_SECONDS = 60.0


@dataclass(frozen=True)
class Outcome:
    """What happened to one call: ok, or why not, and any new chat id."""

    ok: bool
    detail: str = "ok"
    message_id: int | None = None
    migrated_to: int | None = None

    @property
    def recorded(self) -> str:
        """The outcome as stored with the incident's action."""
        return "ok" if self.ok else f"failed:{self.detail}"


async def _attempt(call: Callable[[int], Awaitable[Outcome]], chat_id: int,
                   retry_timeouts: bool) -> Outcome:
    migrated_to = None
    for attempt in range(1, ATTEMPTS + 1):
        try:
            outcome = await call(chat_id)
            return Outcome(outcome.ok, outcome.detail, outcome.message_id, migrated_to)
        except ChatMigrated as e:
            if migrated_to is not None:
                return Outcome(False, "migrated twice", migrated_to=migrated_to)
            migrated_to = chat_id = e.new_chat_id
            log.info("chat migrated to %s; retrying there", chat_id)
        except RetryAfter as e:
            wait = min(_seconds(e), MAX_WAIT_SECONDS)
            log.warning("rate limited in chat %s; waiting %.1f s", chat_id, wait)
            await asyncio.sleep(wait)
        except Forbidden:
            return Outcome(False, "forbidden", migrated_to=migrated_to)
        except TimedOut:
            if not retry_timeouts:
                # It may have arrived: sending again could post the reminder twice.
                return Outcome(False, "timed out (may have been sent)", migrated_to=migrated_to)
            log.warning("telegram timed out in chat %s (attempt %d)", chat_id, attempt)
            await asyncio.sleep(BACKOFF_SECONDS * attempt)
        except NetworkError as e:  # server errors and dropped connections: not carried out
            log.warning("telegram %s in chat %s (attempt %d)", type(e).__name__, chat_id, attempt)
            await asyncio.sleep(BACKOFF_SECONDS * attempt)
    return Outcome(False, "gave up after retries", migrated_to=migrated_to)


def _seconds(error: RetryAfter) -> float:
    """How long Telegram asked us to wait (PTB 22 is moving this from int to timedelta)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


async def send(bot: Bot, chat_id: int, text: str, *, reply_to: int | None = None,
               markup: ReplyMarkup | None = None) -> Outcome:
    """Send a message (as a reply when `reply_to` is given)."""
    async def call(target: int) -> Outcome:
        try:
            reply = (ReplyParameters(reply_to, allow_sending_without_reply=True)
                     if reply_to is not None else None)
            sent: Message = await bot.send_message(
                target, text, reply_markup=markup, disable_notification=reply_to is not None,
                reply_parameters=reply)
        except BadRequest as e:
            return Outcome(False, f"bad request: {e.message}")
        return Outcome(True, message_id=sent.message_id)
    return await _attempt(call, chat_id, retry_timeouts=False)


async def delete(bot: Bot, chat_id: int, message_id: int) -> Outcome:
    """Delete a message; one already gone counts as done."""
    async def call(target: int) -> Outcome:
        try:
            await bot.delete_message(target, message_id)
        except BadRequest as e:
            text = e.message.lower()
            if "not found" in text:
                return Outcome(True, "already deleted")
            return Outcome(False, f"bad request: {e.message}")
        return Outcome(True)
    return await _attempt(call, chat_id, retry_timeouts=True)
