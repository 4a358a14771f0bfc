"""A reviewer: a member of staff who sees one school's cases (headteacher, deputy, DSL)."""

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TelegramId

REVIEWER_ROLES = ("headteacher", "deputy", "safeguarding_lead")


class Reviewer(Base):
    """A Telegram user who reviews one school's cases in one role."""

    __tablename__ = "reviewer"
    __table_args__ = (
        UniqueConstraint("school_id", "telegram_user_id", "role"),
        CheckConstraint(f"role IN {REVIEWER_ROLES!r}", name="role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"))
    telegram_user_id: Mapped[int] = mapped_column(TelegramId, index=True)
    role: Mapped[str] = mapped_column(String(20))
    display_name: Mapped[str | None] = mapped_column(String(255))
    added_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"Reviewer(id={self.id}, school_id={self.school_id}, role={self.role!r})"
