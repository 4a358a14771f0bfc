"""A parent or member of staff as one school knows them (one row per school, not per group)."""

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TelegramId

MEMBER_ROLES = ("parent", "staff")


class Member(Base):
    """A Telegram user in any of a school's groups."""

    __tablename__ = "member"
    __table_args__ = (
        UniqueConstraint("school_id", "telegram_user_id"),
        CheckConstraint(f"role IN {MEMBER_ROLES!r}", name="role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"))
    telegram_user_id: Mapped[int] = mapped_column(TelegramId, index=True)
    display_name: Mapped[str | None] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(10), default="parent")
    first_seen_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    # When the member accepted the code of conduct, and in which group they did it.
    acknowledged_at: Mapped[datetime | None]
    acknowledged_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("chat_group.id", ondelete="SET NULL"))

    def __repr__(self) -> str:
        return f"Member(id={self.id}, school_id={self.school_id}, role={self.role!r})"
