"""An incident: the evidence of one flagged message revision, and what the bot did about it."""

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TelegramId


class Incident(Base):
    """One revision of a message that breached the school's code of conduct.

    The text is kept as evidence for the headteacher and purged with the incident after the
    school's retention period. `counts` is False for incidents that must not move the ladder
    (a safeguarding concern is never a public breach).
    """

    __tablename__ = "incident"
    __table_args__ = (
        UniqueConstraint("group_id", "chat_id", "message_id", "revision"),
        Index("ix_incident_school_id_member_id", "school_id", "member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"))
    group_id: Mapped[int] = mapped_column(ForeignKey("chat_group.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    chat_id: Mapped[int] = mapped_column(TelegramId)
    message_id: Mapped[int] = mapped_column(TelegramId)
    revision: Mapped[int] = mapped_column(default=0)
    text: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime]
    edited_at: Mapped[datetime | None]
    clause_ids: Mapped[list[str]]
    severity: Mapped[str] = mapped_column(String(10))
    labels: Mapped[list[str]]
    scores: Mapped[dict[str, Any]]
    reasons: Mapped[list[str]]
    mode: Mapped[str] = mapped_column(String(10))
    counts: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    edit_cleared_at: Mapped[datetime | None]
    dismissed_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return (f"Incident(id={self.id}, school_id={self.school_id}, "
                f"message_id={self.message_id}, revision={self.revision})")


class IncidentAction(Base):
    """Something the bot did (or would have done) about an incident, and how it went."""

    __tablename__ = "incident_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True)
    # reminded, deleted, noted, alerted_dsl, would_delete, ...
    action: Mapped[str] = mapped_column(String(40))
    # "ok" or "failed:<reason>"
    outcome: Mapped[str] = mapped_column(String(200))
    bot_message_id: Mapped[int | None] = mapped_column(TelegramId)
    at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"IncidentAction(id={self.id}, action={self.action!r}, outcome={self.outcome!r})"
