"""A case or report as the reviewer sees it: read once from the database into plain data.

Everything is read through the school's id, so another school's case or report reads as
None. The dataclasses carry no database objects, so rendering and exporting happen after
the session has closed.
"""

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from models import store
from models.group import Group
from models.incident import Incident
from models.reviewer import Reviewer
from models.safeguarding_review import ACKNOWLEDGED, NOTE


@dataclass(frozen=True)
class GroupRef:
    """A class group: database id, Telegram chat id and title."""

    id: int
    chat_id: int
    title: str


@dataclass(frozen=True)
class EvidenceMessage:
    """One flagged message revision with what the bot did about it."""

    incident_id: int
    sent_at: datetime
    group: GroupRef
    message_id: int
    sender: str
    clause_ids: tuple[str, ...]
    severity: str
    text: str
    edited: bool
    actions: tuple[str, ...]
    # When the parent edited the message so it no longer breaches the code (None: not so).
    edited_away_at: datetime | None = None


@dataclass(frozen=True)
class Note:
    """A reviewer's note."""

    at: datetime
    author: str
    text: str


@dataclass(frozen=True)
class CaseView:
    """A case with its evidence, notes and the groups it happened in."""

    school_id: int
    case_id: int
    status: str
    severity: str
    reason: str
    opened_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    outcome: str | None
    member: str
    reviewer: str | None
    messages: tuple[EvidenceMessage, ...]
    notes: tuple[Note, ...] = field(default_factory=tuple)

    @property
    def clause_ids(self) -> list[str]:
        """Every clause the case's messages breached, in first-seen order."""
        seen: dict[str, None] = {}
        for message in self.messages:
            seen.update(dict.fromkeys(message.clause_ids))
        return list(seen)

    @property
    def groups(self) -> list[GroupRef]:
        """The groups the case's messages were sent in, latest message's group first."""
        seen: dict[int, GroupRef] = {}
        for message in reversed(self.messages):
            seen.setdefault(message.group.id, message.group)
        return list(seen.values())

    @property
    def is_open(self) -> bool:
        """Open or acknowledged."""
        return self.status in ("open", "acknowledged")


@dataclass(frozen=True)
class SafeguardingView:
    """A safeguarding alert with its message, delivery, acknowledgement and the lead's notes."""

    school_id: int
    alert_id: int
    created_at: datetime
    message: EvidenceMessage
    delivered_at: datetime | None
    acknowledged: Note | None  # who acknowledged it and when (no text)
    notes: tuple[Note, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ReportView:
    """A parent's report of a message, with the reported text as evidence."""

    school_id: int
    report_id: int
    created_at: datetime
    group: GroupRef
    message_id: int | None
    reporter: str
    reported: str
    text: str
    reviewed_at: datetime | None


def _group(s: Session, group_id: int) -> GroupRef:
    group = s.get(Group, group_id)
    title = (group.title or group.class_name or "class group") if group else "a removed group"
    return GroupRef(group_id, group.chat_id if group else 0, title)


def _member_name(s: Session, school_id: int, member_id: int | None) -> str:
    if member_id is None:
        return "a parent (erased on request)"
    member = store.member_by_id(s, school_id, member_id)
    if member is None:
        return "a parent (erased on request)"
    return member.display_name or f"Telegram user {member.telegram_user_id}"


def _reviewer_name(s: Session, reviewer_id: int | None) -> str | None:
    reviewer = s.get(Reviewer, reviewer_id) if reviewer_id is not None else None
    if reviewer is None:
        return None
    return reviewer.display_name or reviewer.role.replace("_", " ")


def _message(s: Session, school_id: int, incident: Incident, group: GroupRef) -> EvidenceMessage:
    actions = tuple(a.action if a.outcome == "ok" else f"{a.action} ({a.outcome})"
                    for a in store.incident_actions(s, incident.id, school_id))
    return EvidenceMessage(
        incident_id=incident.id, sent_at=incident.sent_at, group=group,
        message_id=incident.message_id, sender=_member_name(s, school_id, incident.member_id),
        clause_ids=tuple(incident.clause_ids), severity=incident.severity,
        text=incident.text or "", edited=incident.revision != 0, actions=actions,
        edited_away_at=incident.edit_cleared_at)


def case_view(s: Session, school_id: int, case_id: int) -> CaseView | None:
    """The case with its evidence, or None if it is not this school's."""
    case = store.case_by_id(s, school_id, case_id)
    if case is None:
        return None
    groups: dict[int, GroupRef] = {}
    messages = []
    for incident in store.case_incidents(s, school_id, case_id):
        group = groups.setdefault(incident.group_id, _group(s, incident.group_id))
        messages.append(_message(s, school_id, incident, group))
    notes = tuple(Note(n.at, _reviewer_name(s, n.reviewer_id) or "a reviewer", n.text)
                  for n in store.case_notes(s, school_id, case_id))
    return CaseView(
        school_id=school_id, case_id=case.id, status=case.status, severity=case.severity,
        reason=case.reason, opened_at=case.opened_at, updated_at=case.updated_at,
        closed_at=case.closed_at, outcome=case.outcome,
        member=_member_name(s, school_id, case.member_id),
        reviewer=_reviewer_name(s, case.reviewer_id), messages=tuple(messages), notes=notes)


def report_view(s: Session, school_id: int, report_id: int) -> ReportView | None:
    """The report, or None if it is not this school's."""
    report = store.report_by_id(s, school_id, report_id)
    if report is None:
        return None
    reported = (_member_name(s, school_id, report.reported_member_id)
                if report.reported_member_id is not None else "unknown (a bot or a channel)")
    return ReportView(
        school_id=school_id, report_id=report.id, created_at=report.created_at,
        group=_group(s, report.group_id), message_id=report.message_id,
        reporter=_member_name(s, school_id, report.reporter_member_id), reported=reported,
        text=report.text or "", reviewed_at=report.reviewed_at)


def safeguarding_view(s: Session, school_id: int, alert_id: int) -> SafeguardingView | None:
    """The safeguarding alert with its message, or None if it is not this school's.

    Only for a safeguarding lead or the headteacher: callers check the role first.
    """
    alert = store.safeguarding_alert_by_id(s, school_id, alert_id)
    incident = alert and store.incident_by_id(s, school_id, alert.incident_id)
    if alert is None or incident is None:
        return None
    acknowledged, notes = None, []
    for row in store.safeguarding_reviews(s, school_id, alert_id):
        author = _reviewer_name(s, row.reviewer_id) or "a reviewer"
        if row.kind == ACKNOWLEDGED and acknowledged is None:
            acknowledged = Note(row.at, author, "")
        elif row.kind == NOTE:
            notes.append(Note(row.at, author, row.text or ""))
    return SafeguardingView(
        school_id=school_id, alert_id=alert.id, created_at=alert.created_at,
        message=_message(s, school_id, incident, _group(s, incident.group_id)),
        delivered_at=alert.delivered_at, acknowledged=acknowledged, notes=tuple(notes))


def open_safeguarding(s: Session, school_id: int) -> list[int]:
    """The ids of the school's safeguarding alerts nobody has acknowledged, oldest first."""
    return [a.id for a in store.unacknowledged_safeguarding_alerts(s, school_id)]


def open_queue(s: Session, school_id: int) -> tuple[list[int], list[int]]:
    """The ids of the school's open cases (most severe, then oldest, first) and of its
    unreviewed reports (oldest first)."""
    cases = [c.id for c in store.open_cases(s, school_id)]
    reports = [r.id for r in store.unreviewed_reports(s, school_id)]
    return cases, reports
