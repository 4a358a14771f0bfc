"""Data rights: a member's subject access export and erasure, both audited."""

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from models.case import Case, CaseNote
from models.group import Group
from models.incident import Incident, IncidentAction
from models.report import Report
from models.reviewer import Reviewer
from models.school import School
from models.store.audit import audit
from models.store.errors import StoreError
from models.store.members import member_by_telegram


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _school(s: Session, school_id: int) -> School:
    school = s.get(School, school_id)
    if school is None:
        raise StoreError(f"no school with id {school_id}")
    return school


def _incident(s: Session, incident: Incident, class_names: dict[int, str | None]) -> dict:
    actions = s.scalars(select(IncidentAction).where(IncidentAction.incident_id == incident.id)
                        .order_by(IncidentAction.at, IncidentAction.id))
    return {
        "id": incident.id, "class": class_names.get(incident.group_id),
        "chat_id": incident.chat_id, "message_id": incident.message_id,
        "revision": incident.revision, "text": incident.text,
        "sent_at": _iso(incident.sent_at), "edited_at": _iso(incident.edited_at),
        "clause_ids": incident.clause_ids, "severity": incident.severity,
        "labels": incident.labels, "scores": incident.scores, "reasons": incident.reasons,
        "edit_cleared_at": _iso(incident.edit_cleared_at),
        "dismissed_at": _iso(incident.dismissed_at), "case_id": incident.case_id,
        "actions": [{"action": a.action, "outcome": a.outcome, "at": _iso(a.at)}
                    for a in actions],
    }


def _case(s: Session, case: Case) -> dict:
    notes = s.scalars(select(CaseNote).where(CaseNote.case_id == case.id)
                      .order_by(CaseNote.at, CaseNote.id))
    return {"id": case.id, "status": case.status, "severity": case.severity,
            "reason": case.reason, "outcome": case.outcome, "opened_at": _iso(case.opened_at),
            "closed_at": _iso(case.closed_at),
            "notes": [{"text": n.text, "at": _iso(n.at)} for n in notes]}


def export_member(s: Session, school_id: int, telegram_user_id: int, now: datetime,
                  actor: str = "cli") -> dict[str, Any]:
    """Everything one school holds about a Telegram user, as JSON-ready data (audited).

    Reports the person made are listed without the reported text (someone else's words);
    reports about them include their own message but not who reported it.
    """
    school = _school(s, school_id)
    member = member_by_telegram(s, school_id, telegram_user_id)
    roles = s.scalars(select(Reviewer.role).where(
        Reviewer.school_id == school_id, Reviewer.telegram_user_id == telegram_user_id))
    out: dict[str, Any] = {
        "school": {"key": school.key, "name": school.name}, "exported_at": _iso(now),
        "telegram_user_id": telegram_user_id, "reviewer_roles": sorted(roles), "member": None,
        "incidents": [], "cases": [], "reports_made": [], "reports_about": []}
    if member is not None:
        out["member"] = {
            "display_name": member.display_name, "role": member.role,
            "first_seen_at": _iso(member.first_seen_at),
            "last_seen_at": _iso(member.last_seen_at),
            "acknowledged_code_at": _iso(member.acknowledged_at)}
        class_names = {gid: name for gid, name in s.execute(
            select(Group.id, Group.class_name).where(Group.school_id == school_id))}
        incidents = s.scalars(select(Incident).where(
            Incident.school_id == school_id, Incident.member_id == member.id)
            .order_by(Incident.sent_at, Incident.id))
        out["incidents"] = [_incident(s, i, class_names) for i in incidents]
        cases = s.scalars(select(Case).where(Case.school_id == school_id,
                                             Case.member_id == member.id).order_by(Case.id))
        out["cases"] = [_case(s, c) for c in cases]
        made = s.scalars(select(Report).where(Report.school_id == school_id,
                                              Report.reporter_member_id == member.id))
        out["reports_made"] = [{"id": r.id, "created_at": _iso(r.created_at),
                                "chat_id": r.chat_id, "message_id": r.message_id} for r in made]
        about = s.scalars(select(Report).where(Report.school_id == school_id,
                                               Report.reported_member_id == member.id))
        out["reports_about"] = [{"id": r.id, "created_at": _iso(r.created_at),
                                 "chat_id": r.chat_id, "message_id": r.message_id,
                                 "text": r.text} for r in about]
    audit(s, school_id, actor, "data.export", f"telegram:{telegram_user_id}",
          {"incidents": len(out["incidents"]), "cases": len(out["cases"])}, now)
    return out


def erase_member(s: Session, school_id: int, telegram_user_id: int, now: datetime,
                 actor: str = "cli") -> dict[str, int]:
    """Erase what one school holds about a Telegram user; returns counts (audited).

    Their incidents (with actions and alerts), cases (with notes), reports about them and
    the member row go; reports they made stay, without the reporter.
    """
    _school(s, school_id)
    member = member_by_telegram(s, school_id, telegram_user_id)
    counts = {"members": 0, "incidents": 0, "cases": 0, "reports_about": 0,
              "reports_made_anonymised": 0}
    if member is not None:
        in_school = (Incident.school_id == school_id, Incident.member_id == member.id)
        counts["incidents"] = s.execute(delete(Incident).where(*in_school)
                                        .execution_options(synchronize_session=False)).rowcount
        counts["cases"] = s.execute(delete(Case).where(
            Case.school_id == school_id, Case.member_id == member.id)
            .execution_options(synchronize_session=False)).rowcount
        counts["reports_about"] = s.execute(delete(Report).where(
            Report.school_id == school_id, Report.reported_member_id == member.id)
            .execution_options(synchronize_session=False)).rowcount
        counts["reports_made_anonymised"] = s.execute(update(Report).where(
            Report.school_id == school_id, Report.reporter_member_id == member.id)
            .values(reporter_member_id=None)
            .execution_options(synchronize_session=False)).rowcount
        s.delete(member)
        counts["members"] = 1
        s.flush()
        s.expire_all()
    audit(s, school_id, actor, "data.erase", f"telegram:{telegram_user_id}", counts, now)
    return counts
