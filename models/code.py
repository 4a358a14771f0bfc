"""One-time codes: reviewer invites and group link codes, stored only as hashes."""

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TelegramId

GROUP_LINK = "group_link"
REVIEWER_PREFIX = "reviewer:"


class Code(Base):
    """A single-use, expiring code for one school and purpose."""

    __tablename__ = "one_time_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"),
                                           index=True)
    # "group_link" or "reviewer:<role>"
    purpose: Mapped[str] = mapped_column(String(40))
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by: Mapped[int | None] = mapped_column(TelegramId)

    @property
    def role(self) -> str | None:
        """The reviewer role a reviewer invite grants, else None."""
        if self.purpose.startswith(REVIEWER_PREFIX):
            return self.purpose[len(REVIEWER_PREFIX):]
        return None
