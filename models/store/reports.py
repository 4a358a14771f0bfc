"""Reports from parents about a message in a class group."""

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.group import Group
from models.member import Member
from models.report import Report
from models.store.errors import StoreError


def record_report(s: Session, *, school_id: int, group_id: int, reporter_member_id: int,
                  chat_id: int, message_id: int | None, reported_member_id: int | None,
                  text: str | None, now: datetime) -> Report:
    """Store a parent's report; the reported message's text is kept as evidence.

    Raises:
        StoreError: The group or either member is not this school's.
    """
    group = s.get(Group, group_id)
    if group is None or group.school_id != school_id:
        raise StoreError(f"group {group_id} is not linked to school {school_id}")
    for member_id in (reporter_member_id, reported_member_id):
        if member_id is None:
            continue
        member = s.get(Member, member_id)
        if member is None or member.school_id != school_id:
            raise StoreError(f"member {member_id} does not belong to school {school_id}")
    report = Report(school_id=school_id, group_id=group_id,
                    reporter_member_id=reporter_member_id,
                    reported_member_id=reported_member_id, chat_id=chat_id,
                    message_id=message_id, text=text, created_at=now)
    s.add(report)
    s.flush()
    return report


def count_reports_since(s: Session, school_id: int, reporter_member_id: int,
                        since: datetime) -> int:
    """How many reports a parent made at this school since `since` (for the misuse limit)."""
    return s.scalar(select(func.count()).select_from(Report).where(
        Report.school_id == school_id, Report.reporter_member_id == reporter_member_id,
        Report.created_at >= since)) or 0


def reports_of(s: Session, school_id: int, unreviewed_only: bool = False) -> list[Report]:
    """A school's reports, oldest first."""
    query = select(Report).where(Report.school_id == school_id)
    if unreviewed_only:
        query = query.where(Report.reviewed_at.is_(None))
    return list(s.scalars(query.order_by(Report.created_at, Report.id)))
