"""The review queue's storage: open cases, status changes, notes and dismissals (audited)."""

from datetime import datetime

from sqlalchemy import case as sql_case
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from models.case import (
    CASE_STATUSES,
    CLOSED_STATUSES,
    OPEN_STATUSES,
    Case,
    CaseNote,
    ClauseDismissal,
)
from models.incident import Incident
from models.reviewer import Reviewer
from models.store.audit import audit
from models.store.errors import StoreError

_SEVERITY_ORDER = sql_case({"high": 3, "medium": 2, "low": 1}, value=Case.severity, else_=0)


def open_cases(s: Session, school_id: int) -> list[Case]:
    """A school's open and acknowledged cases, most severe first, then oldest first."""
    return list(s.scalars(select(Case).where(Case.school_id == school_id,
                                             Case.status.in_(OPEN_STATUSES))
                          .order_by(_SEVERITY_ORDER.desc(), Case.opened_at, Case.id)))


def case_by_id(s: Session, school_id: int, case_id: int) -> Case | None:
    """The case if it is this school's, else None (another school's case does not exist)."""
    case = s.get(Case, case_id)
    return case if case is not None and case.school_id == school_id else None


def case_incidents(s: Session, school_id: int, case_id: int) -> list[Incident]:
    """The incidents a case collected, oldest first."""
    return list(s.scalars(select(Incident).where(Incident.school_id == school_id,
                                                 Incident.case_id == case_id)
                          .order_by(Incident.sent_at, Incident.id)))


def case_notes(s: Session, school_id: int, case_id: int) -> list[CaseNote]:
    """A case's notes, oldest first."""
    return list(s.scalars(select(CaseNote).join(Case).where(Case.school_id == school_id,
                                                             CaseNote.case_id == case_id)
                          .order_by(CaseNote.at, CaseNote.id)))


def _case_and_reviewer(s: Session, school_id: int, case_id: int,
                       reviewer_id: int | None) -> Case:
    case = case_by_id(s, school_id, case_id)
    if case is None:
        raise StoreError(f"no case {case_id} at this school")
    if reviewer_id is not None:
        reviewer = s.get(Reviewer, reviewer_id)
        if reviewer is None or reviewer.school_id != school_id:
            raise StoreError(f"reviewer {reviewer_id} does not review this school")
    return case


def set_case_status(s: Session, school_id: int, case_id: int, status: str,
                    reviewer_id: int | None, now: datetime, outcome: str | None = None) -> Case:
    """Move a case to acknowledged, resolved or dismissed (or back to open from acknowledged).

    Raises:
        StoreError: Unknown status, another school's case or reviewer, or a closed case.
    """
    if status not in CASE_STATUSES:
        raise StoreError(f'unknown case status "{status}"; use one of {", ".join(CASE_STATUSES)}')
    case = _case_and_reviewer(s, school_id, case_id, reviewer_id)
    if case.status in CLOSED_STATUSES:
        raise StoreError(f"case {case_id} is already {case.status}")
    before = case.status
    case.status = status
    case.updated_at = now
    if reviewer_id is not None:
        case.reviewer_id = reviewer_id
    if outcome is not None:
        case.outcome = outcome
    if status in CLOSED_STATUSES:
        case.closed_at = now
    audit(s, school_id, _actor(reviewer_id), "case.status", f"case:{case_id}",
          {"from": before, "to": status}, now)
    s.flush()
    return case


def add_case_note(s: Session, school_id: int, case_id: int, reviewer_id: int | None,
                  text: str, now: datetime) -> CaseNote:
    """Add a reviewer's note to a case (the note text is never logged or audited)."""
    _case_and_reviewer(s, school_id, case_id, reviewer_id)
    note = CaseNote(case_id=case_id, reviewer_id=reviewer_id, text=text, at=now)
    s.add(note)
    s.flush()
    audit(s, school_id, _actor(reviewer_id), "case.note", f"case:{case_id}",
          {"note_id": note.id}, now)
    return note


def dismiss_case(s: Session, school_id: int, case_id: int, reviewer_id: int | None,
                 now: datetime, clause_ids: list[str] | None = None,
                 outcome: str | None = None) -> Case:
    """Dismiss a case: its incidents stop counting, and each clause is recorded as dismissed.

    Args:
        clause_ids: The clauses the reviewer judged wrongly flagged; default every clause
            of the case's incidents.
    """
    case = set_case_status(s, school_id, case_id, "dismissed", reviewer_id, now, outcome)
    incidents = case_incidents(s, school_id, case_id)
    if clause_ids is None:
        clause_ids = sorted({c for i in incidents for c in i.clause_ids})
    for clause_id in clause_ids:
        s.add(ClauseDismissal(school_id=school_id, case_id=case_id, clause_id=clause_id,
                              reviewer_id=reviewer_id, at=now))
    s.execute(update(Incident).where(Incident.case_id == case_id,
                                     Incident.school_id == school_id)
              .values(dismissed_at=now))
    s.flush()
    return case


def dismissed_clause_counts(s: Session, school_id: int) -> dict[str, int]:
    """How often reviewers dismissed each clause at this school (for tuning the rulebook)."""
    rows = s.execute(select(ClauseDismissal.clause_id, func.count())
                     .where(ClauseDismissal.school_id == school_id)
                     .group_by(ClauseDismissal.clause_id))
    return {clause_id: count for clause_id, count in rows}


def _actor(reviewer_id: int | None) -> str:
    return f"reviewer:{reviewer_id}" if reviewer_id is not None else "bot"
