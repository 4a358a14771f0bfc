"""A case in the headteacher's review queue: one member's breaches at one school."""

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

CASE_STATUSES = ("open", "acknowledged", "resolved", "dismissed")
OPEN_STATUSES = ("open", "acknowledged")
CLOSED_STATUSES = ("resolved", "dismissed")


class Case(Base):
    """A member's case; while it is open (or acknowledged) it collects further incidents."""

    __tablename__ = "case_file"
    __table_args__ = (
        CheckConstraint(f"status IN {CASE_STATUSES!r}", name="status"),
        # One open case per member per school, even when two workers race to open it.
        Index("uq_case_file_one_open_per_member", "school_id", "member_id", unique=True,
              sqlite_where=text("closed_at IS NULL"),
              postgresql_where=text("closed_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    status: Mapped[str] = mapped_column(String(15), default="open")
    severity: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewer.id"))
    outcome: Mapped[str | None] = mapped_column(Text)
    opened_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]

    @property
    def is_open(self) -> bool:
        """Open or acknowledged: the case still collects incidents."""
        return self.status in OPEN_STATUSES

    def __repr__(self) -> str:
        return f"Case(id={self.id}, school_id={self.school_id}, status={self.status!r})"


class CaseNote(Base):
    """A reviewer's note on a case."""

    __tablename__ = "case_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"),
                                         index=True)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewer.id"))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]


class ClauseDismissal(Base):
    """A reviewer's judgement that a clause was wrongly flagged in a case (for tuning)."""

    __tablename__ = "clause_dismissal"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_file.id", ondelete="SET NULL"), index=True)
    clause_id: Mapped[str] = mapped_column(String(100))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewer.id"))
    at: Mapped[datetime]
