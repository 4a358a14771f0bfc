"""A Telegram group the bot is in, linked to a school's class once an admin sends /link."""

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TelegramId

GROUP_MODES = ("observe", "remind", "enforce")
DEFAULT_MODE = "remind"


class Group(Base):
    """A class group chat; `school_id` is None until the group is linked."""

    __tablename__ = "chat_group"
    __table_args__ = (
        CheckConstraint(f"mode IN {GROUP_MODES!r}", name="mode"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(TelegramId, unique=True)
    title: Mapped[str | None] = mapped_column(String(255))
    chat_type: Mapped[str] = mapped_column(String(20))
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id"), index=True)
    class_name: Mapped[str | None] = mapped_column(String(100))
    mode: Mapped[str] = mapped_column(String(10), default=DEFAULT_MODE)
    active: Mapped[bool] = mapped_column(default=True)
    can_read_all: Mapped[bool] = mapped_column(default=False)
    can_delete: Mapped[bool] = mapped_column(default=False)
    # The chat id the group had before Telegram turned it into a supergroup.
    migrated_from_chat_id: Mapped[int | None] = mapped_column(TelegramId)
    created_at: Mapped[datetime]
    linked_at: Mapped[datetime | None]
    intro_sent_at: Mapped[datetime | None]
    deactivated_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"Group(id={self.id}, chat_id={self.chat_id}, school_id={self.school_id})"
