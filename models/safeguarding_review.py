"""What a safeguarding lead (or the headteacher) recorded about a safeguarding alert.

A row is either an acknowledgement ("I have this") or a note in the reviewer's words. The rows
go with their alert, so the retention purge and erasure remove them with the incident.
"""

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

ACKNOWLEDGED, NOTE = "ack", "note"
REVIEW_KINDS = (ACKNOWLEDGED, NOTE)


class SafeguardingReview(Base):
    """An acknowledgement of, or a note on, one safeguarding alert."""

    __tablename__ = "safeguarding_review"
    __table_args__ = (CheckConstraint(f"kind IN {REVIEW_KINDS!r}", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"))
    alert_id: Mapped[int] = mapped_column(
        ForeignKey("safeguarding_alert.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int | None] = mapped_column(
        ForeignKey("reviewer.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(10))
    text: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime]

    def __repr__(self) -> str:
        return (f"SafeguardingReview(id={self.id}, alert_id={self.alert_id}, "
                f"kind={self.kind!r})")
