"""Updates the bot could not handle, kept so they are retried and never silently dropped."""

from datetime import datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TelegramId


class FailedUpdate(Base):
    """One update whose handling raised; retried with a growing delay, then kept as failed.

    The update itself is kept (it may hold a message's text) only until it is handled or
    given up on; `kindly retention purge` removes rows given up on after a week.
    """

    __tablename__ = "failed_update"

    bot_id: Mapped[int] = mapped_column(TelegramId, primary_key=True, autoincrement=False)
    update_id: Mapped[int] = mapped_column(TelegramId, primary_key=True, autoincrement=False)
    chat_id: Mapped[int | None] = mapped_column(TelegramId)
    error: Mapped[str] = mapped_column(String(200))
    payload: Mapped[dict[str, Any] | None]
    attempts: Mapped[int] = mapped_column(default=1)
    first_failed_at: Mapped[datetime]
    next_attempt_at: Mapped[datetime | None] = mapped_column(index=True)
