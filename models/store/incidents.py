"""Incidents: the evidence of flagged messages, and the actions the bot took on them."""

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from models.group import Group
from models.incident import Incident, IncidentAction
from models.member import Member
from models.store._rows import insert_unless_exists
from models.store.errors import StoreError

REMINDED = "reminded"
NOTED = "noted"


def _check_owner(s: Session, school_id: int, group_id: int, member_id: int) -> None:
    group = s.get(Group, group_id)
    member = s.get(Member, member_id)
    if group is None or group.school_id != school_id:
        raise StoreError(f"group {group_id} is not linked to school {school_id}")
    if member is None or member.school_id != school_id:
        raise StoreError(f"member {member_id} does not belong to school {school_id}")


def _find(s: Session, group_id: int, chat_id: int, message_id: int,
          revision: int) -> Incident | None:
    return s.scalars(select(Incident).where(
        Incident.group_id == group_id, Incident.chat_id == chat_id,
        Incident.message_id == message_id, Incident.revision == revision)).one_or_none()


def record_incident(s: Session, *, school_id: int, group_id: int, member_id: int, chat_id: int,
                    message_id: int, revision: int, text: str | None, sent_at: datetime,
                    edited_at: datetime | None, clause_ids: list[str], severity: str,
                    labels: list[str], scores: dict[str, Any], reasons: list[str], mode: str,
                    now: datetime, counts: bool = True) -> tuple[Incident, bool]:
    """Store one flagged message revision; the same revision twice is stored once.

    Args:
        counts: False when the incident must not count towards the ladder (a safeguarding
            concern only).

    Returns:
        The incident and True if it was created now (False: a redelivery, nothing changed).

    Raises:
        StoreError: The group or member is not this school's.
    """
    existing = _find(s, group_id, chat_id, message_id, revision)
    if existing is not None:
        return existing, False
    _check_owner(s, school_id, group_id, member_id)
    incident = Incident(
        school_id=school_id, group_id=group_id, member_id=member_id, chat_id=chat_id,
        message_id=message_id, revision=revision, text=text, sent_at=sent_at,
        edited_at=edited_at, clause_ids=list(clause_ids), severity=severity,
        labels=list(labels), scores=dict(scores), reasons=list(reasons), mode=mode,
        counts=counts, created_at=now)
    if insert_unless_exists(s, incident):
        return incident, True
    existing = _find(s, group_id, chat_id, message_id, revision)
    assert existing is not None
    return existing, False


def incident_by_id(s: Session, school_id: int, incident_id: int) -> Incident | None:
    """The incident with this id if it is this school's, else None."""
    incident = s.get(Incident, incident_id)
    return incident if incident is not None and incident.school_id == school_id else None


def record_action(s: Session, incident_id: int, action: str, outcome: str, now: datetime,
                  bot_message_id: int | None = None) -> IncidentAction:
    """Record what the bot did about an incident: e.g. reminded/ok, deleted/failed:<reason>."""
    row = IncidentAction(incident_id=incident_id, action=action, outcome=outcome,
                         bot_message_id=bot_message_id, at=now)
    s.add(row)
    s.flush()
    return row


def incident_actions(s: Session, incident_id: int,
                     school_id: int | None = None) -> list[IncidentAction]:
    """An incident's actions, oldest first (only if it is `school_id`'s, when given)."""
    query = select(IncidentAction).where(IncidentAction.incident_id == incident_id)
    if school_id is not None:
        query = query.join(Incident).where(Incident.school_id == school_id)
    return list(s.scalars(query.order_by(IncidentAction.at, IncidentAction.id)))


def _message_filter(s: Session, school_id: int, group_id: int, message_id: int) -> list:
    group = s.get(Group, group_id)
    chat_id = group.chat_id if group is not None else None
    return [Incident.school_id == school_id, Incident.group_id == group_id,
            Incident.chat_id == chat_id, Incident.message_id == message_id]


def latest_incident(s: Session, school_id: int, group_id: int,
                    message_id: int) -> Incident | None:
    """The newest revision's incident for a message in the group's current chat, or None."""
    where = _message_filter(s, school_id, group_id, message_id)
    return s.scalars(select(Incident).where(*where)
                     .order_by(Incident.revision.desc()).limit(1)).first()


def note_edit_cleared(s: Session, school_id: int, group_id: int, message_id: int,
                      now: datetime) -> int:
    """Mark a message's incidents as edited away; they stop counting. Returns how many."""
    where = _message_filter(s, school_id, group_id, message_id)
    result = s.execute(update(Incident).where(*where, Incident.edit_cleared_at.is_(None))
                       .values(edit_cleared_at=now))
    return result.rowcount


def last_bot_reminder_at(s: Session, group_id: int,
                         member_id: int | None = None) -> datetime | None:
    """When the bot last posted a reminder or a removal note in the group (for this member)."""
    query = (select(func.max(IncidentAction.at)).join(Incident)
             .where(Incident.group_id == group_id,
                    IncidentAction.action.in_((REMINDED, NOTED)),
                    IncidentAction.outcome == "ok"))
    if member_id is not None:
        query = query.where(Incident.member_id == member_id)
    return s.scalar(query)
