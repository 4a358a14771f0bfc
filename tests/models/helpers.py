"""Factories for storage tests: members and incidents with sensible defaults."""

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from models import Incident, store
from tests.models.conftest import NOW, Tenant


def incident(s: Session, t: Tenant, member_id: int, message_id: int, *,
             at: datetime = NOW, revision: int = 0, severity: str = "medium",
             clause: str = "respect.staff", counts: bool = True,
             text: str = "a flagged message") -> Incident:
    """Record one incident in the tenant's group and return it."""
    row, _ = store.record_incident(
        s, school_id=t.school_id, group_id=t.group_id, member_id=member_id, chat_id=t.chat_id,
        message_id=message_id, revision=revision, text=text, sent_at=at,
        edited_at=at + timedelta(minutes=1) if revision else None, clause_ids=[clause],
        severity=severity, labels=["abuse"], scores={"abuse": 0.91}, reasons=["insult"],
        mode="remind", now=at, counts=counts)
    return row


def member(s: Session, t: Tenant, telegram_user_id: int = 500) -> int:
    """A parent at the tenant's school; their member id."""
    return store.ensure_member(s, t.school_id, telegram_user_id, "A Parent", NOW).id
