"""The audit log: who viewed or changed what, and when (ids only, never message text)."""

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class AuditEntry(Base):
    """One audited event; `actor` is e.g. "reviewer:12", "cli" or "bot"."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_school_id_at", "school_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id", ondelete="SET NULL"))
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(100))
    subject: Mapped[str] = mapped_column(String(200))
    detail: Mapped[dict[str, Any]]
    at: Mapped[datetime]
