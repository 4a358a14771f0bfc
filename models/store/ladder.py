"""The escalation ladder's storage side: a member's past breaches, and opening cases."""

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.case import Case
from models.incident import Incident
from models.store._rows import insert_unless_exists
from models.store.errors import StoreError
from rules.escalation import PastBreach
from rules.rulebook import SEVERITY_RANK


def breach_history(s: Session, school_id: int, member_id: int, before: datetime,
                   exclude_incident_id: int | None = None) -> list[PastBreach]:
    """A member's earlier breaches at one school, one per message, oldest first.

    A message's revisions count once (at the first revision's time, with the most severe
    revision). Left out: messages edited clean, incidents a reviewer dismissed or whose case
    the school has closed (resolved: dealt with, so they do not reopen it), incidents
    that never count (safeguarding only), anything sent after `before`, and the message of
    `exclude_incident_id` (every revision of it: the breach being decided now).
    """
    # A case the school has closed dealt with its breaches: they start no new case.
    closed_cases = select(Case.id).where(Case.school_id == school_id,
                                         Case.closed_at.is_not(None))
    query = select(Incident).where(
        Incident.school_id == school_id, Incident.member_id == member_id,
        Incident.sent_at <= before, Incident.counts.is_(True),
        Incident.edit_cleared_at.is_(None), Incident.dismissed_at.is_(None),
        or_(Incident.case_id.is_(None), Incident.case_id.not_in(closed_cases)))
    if exclude_incident_id is not None:
        current = s.get(Incident, exclude_incident_id)
        query = query.where(Incident.id != exclude_incident_id)
        if current is not None:
            query = query.where(~((Incident.chat_id == current.chat_id)
                                  & (Incident.message_id == current.message_id)))
    by_message: dict[tuple[int, int, int], list[Incident]] = {}
    for incident in s.scalars(query.order_by(Incident.sent_at, Incident.revision)):
        key = (incident.group_id, incident.chat_id, incident.message_id)
        by_message.setdefault(key, []).append(incident)
    history = []
    for revisions in by_message.values():
        worst = max(revisions, key=lambda i: SEVERITY_RANK.get(i.severity, 0))
        clause = worst.clause_ids[0] if worst.clause_ids else ""
        history.append(PastBreach(at=revisions[0].sent_at, severity=worst.severity,
                                  clause_id=clause))
    return sorted(history, key=lambda b: b.at)


def open_case_of(s: Session, school_id: int, member_id: int) -> Case | None:
    """The member's open (or acknowledged) case at this school, or None."""
    return s.scalars(select(Case).where(Case.school_id == school_id,
                                        Case.member_id == member_id,
                                        Case.closed_at.is_(None))).one_or_none()


def _more_severe(a: str, b: str) -> str:
    return a if SEVERITY_RANK.get(a, 0) >= SEVERITY_RANK.get(b, 0) else b


def open_or_extend_case(s: Session, school_id: int, member_id: int, incident: Incident,
                        severity: str, reason: str, now: datetime) -> tuple[Case, bool]:
    """Put the incident in the member's open case, opening one if there is none.

    The case's severity becomes the most severe seen.

    Returns:
        The case and True if it was opened now.

    Raises:
        StoreError: The incident is not this school's or not this member's.
    """
    if incident.school_id != school_id or incident.member_id != member_id:
        raise StoreError(f"incident {incident.id} is not member {member_id}'s at this school")
    created = False
    case = open_case_of(s, school_id, member_id)
    if case is None:
        case = Case(school_id=school_id, member_id=member_id, status="open",
                    severity=severity, reason=reason, opened_at=now, updated_at=now)
        created = insert_unless_exists(s, case)
        if not created:
            case = open_case_of(s, school_id, member_id)
            assert case is not None
    if not created:
        case.severity = _more_severe(case.severity, severity)
        case.updated_at = max(case.updated_at, now)
    incident.case_id = case.id
    s.flush()
    return case, created


def attach_to_case(s: Session, school_id: int, member_id: int, case: Case,
                   since: datetime) -> int:
    """Put the member's counting incidents sent since `since`, not yet in a case, into `case`.

    Returns how many were attached.
    """
    if case.school_id != school_id or case.member_id != member_id:
        raise StoreError(f"case {case.id} is not member {member_id}'s at this school")
    loose = s.scalars(select(Incident).where(
        Incident.school_id == school_id, Incident.member_id == member_id,
        Incident.case_id.is_(None), Incident.counts.is_(True),
        Incident.edit_cleared_at.is_(None), Incident.dismissed_at.is_(None),
        Incident.sent_at >= since)).all()
    for incident in loose:
        incident.case_id = case.id
    s.flush()
    return len(loose)
