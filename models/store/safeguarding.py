"""Safeguarding alerts: private messages owed to a school's safeguarding lead(s)."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.alert import SafeguardingAlert
from models.incident import Incident
from models.reviewer import Reviewer
from models.store._rows import insert_unless_exists
from models.store.audit import audit
from models.store.errors import StoreError


def record_safeguarding_alert(s: Session, school_id: int, incident_id: int,
                              now: datetime) -> SafeguardingAlert:
    """Queue an alert about an incident (one per incident, however often it is asked for).

    Raises:
        StoreError: The incident is not this school's.
    """
    incident = s.get(Incident, incident_id)
    if incident is None or incident.school_id != school_id:
        raise StoreError(f"incident {incident_id} is not this school's")
    alert = SafeguardingAlert(school_id=school_id, incident_id=incident_id, created_at=now)
    if insert_unless_exists(s, alert):
        return alert
    existing = s.scalars(select(SafeguardingAlert)
                         .where(SafeguardingAlert.incident_id == incident_id)).one()
    return existing


def pending_safeguarding_alerts(s: Session, school_id: int) -> list[SafeguardingAlert]:
    """A school's alerts not yet delivered to any safeguarding lead, oldest first."""
    return list(s.scalars(select(SafeguardingAlert).where(
        SafeguardingAlert.school_id == school_id, SafeguardingAlert.delivered_at.is_(None))
        .order_by(SafeguardingAlert.created_at, SafeguardingAlert.id)))


def mark_alert_delivered(s: Session, alert_id: int, reviewer_id: int,
                         now: datetime) -> SafeguardingAlert:
    """Record that an alert reached a safeguarding lead (the first delivery is kept; audited).

    Raises:
        StoreError: No such alert, or the reviewer is not one of the alert's school.
    """
    alert = s.get(SafeguardingAlert, alert_id)
    reviewer = s.get(Reviewer, reviewer_id)
    if alert is None:
        raise StoreError(f"no safeguarding alert {alert_id}")
    if reviewer is None or reviewer.school_id != alert.school_id:
        raise StoreError(f"reviewer {reviewer_id} does not review this alert's school")
    if alert.delivered_at is None:
        alert.delivered_at = now
        alert.delivered_to_reviewer_id = reviewer_id
    audit(s, alert.school_id, "bot", "safeguarding.delivered", f"alert:{alert_id}",
          {"reviewer_id": reviewer_id, "incident_id": alert.incident_id}, now)
    return alert
