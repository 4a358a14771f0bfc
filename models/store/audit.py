"""The audit log: record and read who viewed or changed what."""

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit import AuditEntry


def audit(s: Session, school_id: int | None, actor: str, action: str, subject: str,
          detail: dict[str, Any] | None, now: datetime) -> AuditEntry:
    """Add an audit entry; `detail` holds ids and counts, never message text or names."""
    entry = AuditEntry(school_id=school_id, actor=actor, action=action, subject=subject,
                       detail=dict(detail or {}), at=now)
    s.add(entry)
    s.flush()
    return entry


def audit_entries(s: Session, school_id: int, action: str | None = None) -> list[AuditEntry]:
    """A school's audit entries, oldest first (optionally one action, e.g. "data.export")."""
    query = select(AuditEntry).where(AuditEntry.school_id == school_id)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    return list(s.scalars(query.order_by(AuditEntry.at, AuditEntry.id)))
