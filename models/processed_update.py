"""Telegram updates already handled, so a redelivered update is never acted on twice."""

from datetime import datetime

from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TelegramId


class ProcessedUpdate(Base):
    """One (bot, update id) pair the bot has claimed."""

    __tablename__ = "processed_update"

    bot_id: Mapped[int] = mapped_column(TelegramId, primary_key=True, autoincrement=False)
    update_id: Mapped[int] = mapped_column(TelegramId, primary_key=True, autoincrement=False)
    processed_at: Mapped[datetime] = mapped_column(index=True)
