"""A safeguarding alert: a private message owed to the school's safeguarding lead(s)."""

from datetime import datetime

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class SafeguardingAlert(Base):
    """An alert about one incident; pending until delivered to a safeguarding lead."""

    __tablename__ = "safeguarding_alert"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"), index=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), unique=True)
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None]
    delivered_to_reviewer_id: Mapped[int | None] = mapped_column(
        ForeignKey("reviewer.id", ondelete="SET NULL"))
