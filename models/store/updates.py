"""Redelivery dedupe: each Telegram update is claimed once."""

from datetime import datetime

from sqlalchemy.orm import Session

from models.processed_update import ProcessedUpdate
from models.store._rows import insert_unless_exists


def claim_update(s: Session, bot_id: int, update_id: int, now: datetime) -> bool:
    """True the first time this bot sees this update id; False for a redelivery."""
    if update_handled(s, bot_id, update_id):
        return False
    return insert_unless_exists(
        s, ProcessedUpdate(bot_id=bot_id, update_id=update_id, processed_at=now))


def update_handled(s: Session, bot_id: int, update_id: int) -> bool:
    """True when this bot has already handled this update (a redelivery)."""
    return s.get(ProcessedUpdate, (bot_id, update_id)) is not None
