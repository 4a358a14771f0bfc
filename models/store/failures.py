"""Updates whose handling failed: recorded for retry, never silently dropped."""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.failed_update import FailedUpdate

MAX_ATTEMPTS = 5
FIRST_DELAY = timedelta(seconds=30)


def record_failed_update(s: Session, bot_id: int, update_id: int, chat_id: int | None,
                         error: str, payload: dict[str, Any] | None,
                         now: datetime) -> FailedUpdate:
    """Record a failure (or one more failed attempt); the next try waits twice as long."""
    row = s.get(FailedUpdate, (bot_id, update_id))
    if row is None:
        row = FailedUpdate(bot_id=bot_id, update_id=update_id, chat_id=chat_id,
                           error=error[:200], payload=payload, attempts=1,
                           first_failed_at=now)
        s.add(row)
    else:
        row.attempts += 1
        row.error = error[:200]
    if row.attempts >= MAX_ATTEMPTS:
        row.next_attempt_at = None  # given up: kept for the admin, without its content
        row.payload = None
    else:
        row.next_attempt_at = now + FIRST_DELAY * 2 ** (row.attempts - 1)
    s.flush()
    return row


def due_failed_updates(s: Session, bot_id: int, now: datetime) -> list[FailedUpdate]:
    """Failed updates whose next attempt is due, oldest first."""
    return list(s.scalars(select(FailedUpdate).where(
        FailedUpdate.bot_id == bot_id, FailedUpdate.next_attempt_at.is_not(None),
        FailedUpdate.next_attempt_at <= now).order_by(FailedUpdate.first_failed_at)))


def clear_failed_update(s: Session, bot_id: int, update_id: int) -> None:
    """Forget a failed update once it has been handled."""
    row = s.get(FailedUpdate, (bot_id, update_id))
    if row is not None:
        s.delete(row)


def failed_update_count(s: Session, bot_id: int) -> tuple[int, int]:
    """(waiting for a retry, given up)."""
    rows = list(s.scalars(select(FailedUpdate).where(FailedUpdate.bot_id == bot_id)))
    waiting = sum(1 for r in rows if r.next_attempt_at is not None)
    return waiting, len(rows) - waiting
