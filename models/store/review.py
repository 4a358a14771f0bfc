"""The review queue's extra storage: parents' reports, safeguarding concerns as the lead
reviews them, digest runs and the figures digests show.

Every read is scoped by `school_id`; `now` is always passed in. Digest runs are claimed
(inserted) before a digest is sent, and the unique key on school, kind and period start
makes sure no digest is ever claimed, and so sent, twice. Safeguarding alerts are seen and
acted on only by a safeguarding lead or the headteacher, which the store checks as well.
"""

from collections import Counter
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.alert import SafeguardingAlert
from models.case import CLOSED_STATUSES, Case, ClauseDismissal
from models.digest_run import DigestRun
from models.incident import Incident, IncidentAction
from models.report import Report
from models.reviewer import REVIEWER_ROLES, Reviewer
from models.safeguarding_review import ACKNOWLEDGED, NOTE, SafeguardingReview
from models.store._rows import insert_unless_exists
from models.store.audit import audit
from models.store.errors import StoreError

REMINDED = "reminded"
# Who may see and act on safeguarding concerns: the designated lead and the headteacher.
SAFEGUARDING_ROLES = ("headteacher", "safeguarding_lead")


def reviewer_rows(s: Session, school_id: int, telegram_user_id: int) -> list[Reviewer]:
    """This Telegram user's reviewer rows at one school, most senior role first."""
    rows = s.scalars(select(Reviewer).where(Reviewer.school_id == school_id,
                                            Reviewer.telegram_user_id == telegram_user_id))
    return sorted(rows, key=lambda r: REVIEWER_ROLES.index(r.role))


def reviewer_at(s: Session, school_id: int, telegram_user_id: int) -> Reviewer | None:
    """This Telegram user's reviewer row at one school (the most senior role), or None."""
    rows = reviewer_rows(s, school_id, telegram_user_id)
    return rows[0] if rows else None


def reviewer_roles(s: Session, school_id: int, telegram_user_id: int) -> list[str]:
    """Every role this Telegram user holds at one school, most senior first."""
    return list(dict.fromkeys(r.role for r in reviewer_rows(s, school_id, telegram_user_id)))


def report_by_id(s: Session, school_id: int, report_id: int) -> Report | None:
    """The report if it is this school's, else None (another school's report does not exist)."""
    report = s.get(Report, report_id)
    return report if report is not None and report.school_id == school_id else None


def mark_report_reviewed(s: Session, school_id: int, report_id: int, reviewer_id: int,
                         outcome: str, now: datetime) -> Report:
    """Record that a reviewer dealt with a parent's report (audited with the outcome).

    Raises:
        StoreError: Another school's report or reviewer, or a report already reviewed.
    """
    report = report_by_id(s, school_id, report_id)
    reviewer = s.get(Reviewer, reviewer_id)
    if report is None:
        raise StoreError(f"no report {report_id} at this school")
    if reviewer is None or reviewer.school_id != school_id:
        raise StoreError(f"reviewer {reviewer_id} does not review this school")
    if report.reviewed_at is not None:
        raise StoreError(f"report {report_id} was already reviewed")
    report.reviewed_at = now
    audit(s, school_id, f"reviewer:{reviewer_id}", "report.reviewed", f"report:{report_id}",
          {"outcome": outcome}, now)
    s.flush()
    return report


def claim_digest_run(s: Session, school_id: int, kind: str, period_start: datetime,
                     period_end: datetime, now: datetime) -> DigestRun | None:
    """Record a digest as about to be sent; None if this period's digest was claimed before."""
    run = DigestRun(school_id=school_id, kind=kind, period_start=period_start,
                    period_end=period_end, started_at=now, items=0, status="running")
    return run if insert_unless_exists(s, run) else None


def finish_digest_run(s: Session, school_id: int, run_id: int, status: str, items: int,
                      now: datetime) -> DigestRun:
    """Mark a claimed digest "sent", "empty", "skipped:<why>" or "failed:<why>".

    Raises:
        StoreError: No such run at this school.
    """
    run = s.get(DigestRun, run_id)
    if run is None or run.school_id != school_id:
        raise StoreError(f"no digest run {run_id} at this school")
    run.status = status[:200]
    run.items = items
    run.finished_at = now
    s.flush()
    return run


def digest_runs(s: Session, school_id: int, kind: str | None = None) -> list[DigestRun]:
    """A school's digest runs, oldest period first (optionally of one kind)."""
    query = select(DigestRun).where(DigestRun.school_id == school_id)
    if kind is not None:
        query = query.where(DigestRun.kind == kind)
    return list(s.scalars(query.order_by(DigestRun.period_start, DigestRun.id)))


def incidents_between(s: Session, school_id: int, start: datetime,
                      end: datetime) -> list[Incident]:
    """Incidents sent in (start, end], oldest first, revisions included."""
    return list(s.scalars(select(Incident).where(
        Incident.school_id == school_id, Incident.sent_at > start, Incident.sent_at <= end)
        .order_by(Incident.sent_at, Incident.id)))


def cases_opened_between(s: Session, school_id: int, start: datetime,
                         end: datetime) -> list[Case]:
    """Cases opened in (start, end], oldest first."""
    return list(s.scalars(select(Case).where(
        Case.school_id == school_id, Case.opened_at > start, Case.opened_at <= end)
        .order_by(Case.opened_at, Case.id)))


def reminders_between(s: Session, school_id: int, start: datetime, end: datetime) -> int:
    """How many reminders the bot posted in the school's groups in (start, end]."""
    return s.scalar(select(func.count()).select_from(IncidentAction).join(Incident).where(
        Incident.school_id == school_id, IncidentAction.action == REMINDED,
        IncidentAction.outcome == "ok", IncidentAction.at > start,
        IncidentAction.at <= end)) or 0


def unreviewed_reports(s: Session, school_id: int) -> list[Report]:
    """Reports nobody has dealt with yet, oldest first."""
    return list(s.scalars(select(Report).where(Report.school_id == school_id,
                                               Report.reviewed_at.is_(None))
                          .order_by(Report.created_at, Report.id)))


def dismissal_rates(s: Session, school_id: int) -> dict[str, tuple[int, int]]:
    """Per clause: (cases where reviewers dismissed it, closed cases that cited it).

    Only cases still stored count on both sides, so the rate stays meaningful after the
    retention purge. The ratio estimates how often the clause fires wrongly.
    """
    closed = s.execute(select(Case.id, Incident.clause_ids).join(Incident, Incident.case_id
                                                                  == Case.id)
                       .where(Case.school_id == school_id, Case.status.in_(CLOSED_STATUSES)))
    cited: dict[str, set[int]] = {}
    for case_id, clause_ids in closed:
        for clause_id in clause_ids or []:
            cited.setdefault(clause_id, set()).add(case_id)
    dismissed = Counter(
        clause_id for clause_id, _ in s.execute(
            select(ClauseDismissal.clause_id, ClauseDismissal.case_id).distinct()
            .join(Case, Case.id == ClauseDismissal.case_id)
            .where(ClauseDismissal.school_id == school_id)))
    return {clause_id: (dismissed.get(clause_id, 0), len(cases))
            for clause_id, cases in sorted(cited.items())}


def safeguarding_alert_by_id(s: Session, school_id: int,
                             alert_id: int) -> SafeguardingAlert | None:
    """The alert if it is this school's, else None (another school's alert does not exist)."""
    alert = s.get(SafeguardingAlert, alert_id)
    return alert if alert is not None and alert.school_id == school_id else None


def unacknowledged_safeguarding_alerts(s: Session, school_id: int) -> list[SafeguardingAlert]:
    """A school's alerts no safeguarding lead or headteacher has acknowledged, oldest first."""
    acknowledged = select(SafeguardingReview.alert_id).where(
        SafeguardingReview.school_id == school_id, SafeguardingReview.kind == ACKNOWLEDGED)
    return list(s.scalars(select(SafeguardingAlert).where(
        SafeguardingAlert.school_id == school_id, SafeguardingAlert.id.not_in(acknowledged))
        .order_by(SafeguardingAlert.created_at, SafeguardingAlert.id)))


def safeguarding_reviews(s: Session, school_id: int, alert_id: int) -> list[SafeguardingReview]:
    """The acknowledgements of and notes on one of the school's alerts, oldest first."""
    return list(s.scalars(select(SafeguardingReview).where(
        SafeguardingReview.school_id == school_id, SafeguardingReview.alert_id == alert_id)
        .order_by(SafeguardingReview.at, SafeguardingReview.id)))


def _safeguarding_pair(s: Session, school_id: int, alert_id: int,
                       reviewer_id: int) -> SafeguardingAlert:
    alert = safeguarding_alert_by_id(s, school_id, alert_id)
    reviewer = s.get(Reviewer, reviewer_id)
    if alert is None:
        raise StoreError(f"no safeguarding alert {alert_id} at this school")
    if reviewer is None or reviewer.school_id != school_id:
        raise StoreError(f"reviewer {reviewer_id} does not review this school")
    if not set(reviewer_roles(s, school_id, reviewer.telegram_user_id)) & set(SAFEGUARDING_ROLES):
        raise StoreError("only the safeguarding lead or the headteacher can act on "
                         "safeguarding concerns")
    return alert


def acknowledge_safeguarding_alert(s: Session, school_id: int, alert_id: int, reviewer_id: int,
                                   now: datetime) -> SafeguardingReview:
    """Record that a lead (or the headteacher) has the concern in hand; once per alert (audited).

    Raises:
        StoreError: Another school's alert or reviewer, or a reviewer without the role.
    """
    _safeguarding_pair(s, school_id, alert_id, reviewer_id)
    earlier = [r for r in safeguarding_reviews(s, school_id, alert_id) if r.kind == ACKNOWLEDGED]
    if earlier:
        return earlier[0]
    row = SafeguardingReview(school_id=school_id, alert_id=alert_id, reviewer_id=reviewer_id,
                             kind=ACKNOWLEDGED, at=now)
    s.add(row)
    s.flush()
    audit(s, school_id, f"reviewer:{reviewer_id}", "safeguarding.ack", f"alert:{alert_id}",
          {}, now)
    return row


def add_safeguarding_note(s: Session, school_id: int, alert_id: int, reviewer_id: int,
                          text: str, now: datetime) -> SafeguardingReview:
    """Keep a lead's note with the alert; the audit log gets the note's id, never its text.

    Raises:
        StoreError: Another school's alert or reviewer, a reviewer without the role, or an
            empty note.
    """
    _safeguarding_pair(s, school_id, alert_id, reviewer_id)
    if not text.strip():
        raise StoreError("the note is empty")
    row = SafeguardingReview(school_id=school_id, alert_id=alert_id, reviewer_id=reviewer_id,
                             kind=NOTE, text=text, at=now)
    s.add(row)
    s.flush()
    audit(s, school_id, f"reviewer:{reviewer_id}", "safeguarding.note", f"alert:{alert_id}",
          {"note_id": row.id}, now)
    return row
