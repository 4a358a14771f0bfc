"""A digest run: one summary sent to a school's reviewers for one period."""

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class DigestRun(Base):
    """A digest for one school, kind and period; unique so a restart never sends it twice."""

    __tablename__ = "digest_run"
    __table_args__ = (UniqueConstraint("school_id", "kind", "period_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"))
    kind: Mapped[str] = mapped_column(String(20))
    period_start: Mapped[datetime]
    period_end: Mapped[datetime]
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    items: Mapped[int] = mapped_column(default=0)
    # "running", "sent", "failed:<reason>"
    status: Mapped[str] = mapped_column(String(200), default="running")
