"""Retention: purge evidence and closed cases once the school's retention period is over.

By default a record is kept until the end of the school year (31 August) after it was
closed: an incident outside any case from when it was recorded, a case from when it was
closed. A school can set a number of days instead. Incidents in an open case are kept.
Members not seen since the cutoff, with nothing else held about them, go too.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models.case import Case
from models.code import Code
from models.failed_update import FailedUpdate
from models.incident import Incident
from models.member import Member
from models.processed_update import ProcessedUpdate
from models.report import Report
from models.school import School

# A used or expired code is kept a little while so a late attempt hears "expired".
CODE_GRACE = timedelta(days=30)
# Telegram redelivers an update for at most a day; a week is ample.
UPDATE_MEMORY = timedelta(days=7)
SCHOOL_YEAR_START = (9, 1)


def retention_cutoff(now: datetime, timezone: str, retention_days: int | None) -> datetime:
    """Records closed before this time are past their retention period."""
    if retention_days is not None:
        return now - timedelta(days=retention_days)
    tz = ZoneInfo(timezone)
    local = now.astimezone(tz)
    month, day = SCHOOL_YEAR_START
    start = datetime(local.year, month, day, tzinfo=tz)
    if local < start:
        start = datetime(local.year - 1, month, day, tzinfo=tz)
    return start


def _idle_members(s: Session, school_id: int, cutoff: datetime, incidents: set[int],
                  cases: set[int], reports: set[int]) -> list[int]:
    """Members last seen before the cutoff whose every incident, case and report goes now."""
    idle = set(s.scalars(select(Member.id).where(Member.school_id == school_id,
                                                 Member.last_seen_at < cutoff)))
    if not idle:
        return []
    held = [select(Incident.member_id).where(Incident.member_id.in_(idle),
                                             Incident.id.not_in(incidents)),
            select(Case.member_id).where(Case.member_id.in_(idle), Case.id.not_in(cases))]
    for column in (Report.reporter_member_id, Report.reported_member_id):
        held.append(select(column).where(column.in_(idle), Report.id.not_in(reports)))
    for query in held:
        idle -= set(s.scalars(query))
    return sorted(idle)


def _purge_school(s: Session, school: School, now: datetime, dry_run: bool) -> dict[str, int]:
    cutoff = retention_cutoff(now, school.timezone, school.retention_days)
    closed = list(s.scalars(select(Case.id).where(
        Case.school_id == school.id, Case.closed_at.is_not(None), Case.closed_at < cutoff)))
    loose = Incident.case_id.is_(None) & (Incident.created_at < cutoff)
    in_closed = Incident.case_id.in_(closed)
    incident_ids = list(s.scalars(select(Incident.id).where(
        Incident.school_id == school.id, loose | in_closed)))
    report_ids = list(s.scalars(select(Report.id).where(
        Report.school_id == school.id, Report.created_at < cutoff)))
    member_ids = _idle_members(s, school.id, cutoff, set(incident_ids), set(closed),
                               set(report_ids))
    counts = {"incidents": len(incident_ids), "cases": len(closed), "reports": len(report_ids),
              "members": len(member_ids)}
    if not dry_run:
        for table, ids in ((Incident, incident_ids), (Case, closed), (Report, report_ids),
                           (Member, member_ids)):
            for start in range(0, len(ids), 500):
                s.execute(delete(table).where(table.id.in_(ids[start:start + 500]))
                          .execution_options(synchronize_session=False))
    return counts


def purge_expired(s: Session, now: datetime, school_id: int | None = None,
                  dry_run: bool = False) -> dict[str, int]:
    """Delete what is past retention (every school, or one); returns counts per kind.

    With `dry_run` nothing is deleted and the counts say what would go.
    """
    query = select(School).order_by(School.id)
    if school_id is not None:
        query = query.where(School.id == school_id)
    totals = {"incidents": 0, "cases": 0, "reports": 0, "members": 0, "codes": 0,
              "updates": 0, "failed_updates": 0}
    for school in s.scalars(query).all():
        for kind, n in _purge_school(s, school, now, dry_run).items():
            totals[kind] += n
    old_codes = Code.expires_at < now - CODE_GRACE
    if school_id is not None:
        old_codes = old_codes & (Code.school_id == school_id)
    code_ids = list(s.scalars(select(Code.id).where(old_codes)))
    totals["codes"] = len(code_ids)
    old_updates = ProcessedUpdate.processed_at < now - UPDATE_MEMORY
    if school_id is None:
        totals["updates"] = len(s.scalars(select(ProcessedUpdate.update_id)
                                          .where(old_updates)).all())
    old_failures = FailedUpdate.next_attempt_at.is_(None) & (
        FailedUpdate.first_failed_at < now - UPDATE_MEMORY)
    if school_id is None:
        totals["failed_updates"] = len(s.scalars(select(FailedUpdate.update_id)
                                                 .where(old_failures)).all())
    if not dry_run:
        if code_ids:
            s.execute(delete(Code).where(Code.id.in_(code_ids)))
        if school_id is None:
            s.execute(delete(ProcessedUpdate).where(old_updates))
            s.execute(delete(FailedUpdate).where(old_failures))
        s.expire_all()
    return totals
