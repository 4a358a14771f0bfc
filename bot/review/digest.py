"""A digest's content: what happened in a period and what is waiting, as figures and text.

Digests carry case numbers and counts only, never message text or parents' names: the
evidence stays behind /queue, where each view is audited.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.review import texts
from bot.review.cards import clause_title
from bot.review.schedule import period_label
from bot.services import SchoolRuntime
from models import store
from models.group import Group
from models.incident import Incident


@dataclass(frozen=True)
class DigestFigures:
    """What a digest says about one school and one period (start, end]."""

    kind: str
    start: datetime
    end: datetime
    new_cases: list[tuple[int, str]]
    open_cases: int
    acknowledged: int
    oldest_unacknowledged: tuple[int, datetime] | None
    flagged: int
    by_clause: Counter[str] = field(default_factory=Counter)
    by_group: Counter[str] = field(default_factory=Counter)
    reminders: int = 0
    new_reports: int = 0
    waiting_reports: int = 0
    alerts_waiting: int = 0
    safeguarding_leads: int = 0
    dismissals: dict[str, tuple[int, int]] = field(default_factory=dict)
    next_review: date | None = None

    @property
    def has_news(self) -> bool:
        """False when there is nothing to say (then no scheduled digest is sent)."""
        return bool(self.new_cases or self.open_cases or self.flagged or self.reminders
                    or self.new_reports or self.waiting_reports or self.alerts_waiting)

    @property
    def items(self) -> int:
        """How many things the digest reports, for the run record."""
        return (len(self.new_cases) + self.open_cases + self.flagged + self.new_reports
                + self.waiting_reports + self.alerts_waiting)


def gather(s: Session, school: SchoolRuntime, kind: str, start: datetime,
           end: datetime) -> DigestFigures:
    """Read a digest's figures for one school and period."""
    sid = school.id
    open_cases = store.open_cases(s, sid)
    unacked = sorted((c for c in open_cases if c.status == "open"), key=lambda c: c.opened_at)
    messages: dict[tuple[int, int, int], Incident] = {}
    for incident in store.incidents_between(s, sid, start, end):
        messages.setdefault((incident.group_id, incident.chat_id, incident.message_id), incident)
    by_clause: Counter[str] = Counter()
    by_group: Counter[str] = Counter()
    titles: dict[int, str] = {}
    for incident in messages.values():
        by_clause.update(incident.clause_ids)
        if incident.group_id not in titles:
            group = s.get(Group, incident.group_id)
            titles[incident.group_id] = (group.title if group else None) or "a class group"
        by_group[titles[incident.group_id]] += 1
    reports = store.reports_of(s, sid)
    return DigestFigures(
        kind=kind, start=start, end=end,
        new_cases=[(c.id, c.severity) for c in store.cases_opened_between(s, sid, start, end)],
        open_cases=len(open_cases), acknowledged=len(open_cases) - len(unacked),
        oldest_unacknowledged=(unacked[0].id, unacked[0].opened_at) if unacked else None,
        flagged=len(messages), by_clause=by_clause, by_group=by_group,
        reminders=store.reminders_between(s, sid, start, end),
        new_reports=sum(1 for r in reports if start < r.created_at <= end),
        waiting_reports=sum(1 for r in reports if r.reviewed_at is None),
        alerts_waiting=len(store.pending_safeguarding_alerts(s, sid)),
        safeguarding_leads=len(store.reviewers(s, sid, role="safeguarding_lead")),
        dismissals=store.dismissal_rates(s, sid), next_review=school.rulebook.next_review)


def _counts(counter: Counter[str], name: dict[str, str] | None = None) -> str:
    return "; ".join(f"{(name or {}).get(key, key)} {n}" for key, n in counter.most_common())


def render(f: DigestFigures, school: SchoolRuntime, now: datetime) -> str:
    """The digest as a private message."""
    tz = school.config.tz
    titles = {c.id: c.title for c in school.rulebook.clauses}
    lines = [f"{period_label(f.kind)} for {school.config.school}",
             f"{texts.local(f.start, tz)} to {texts.local(f.end, tz)}", ""]
    new = ", ".join(f"case {cid} ({severity})" for cid, severity in f.new_cases)
    lines.append(f"New cases: {len(f.new_cases)}" + (f" ({new})" if new else ""))
    waiting = f"Open cases: {f.open_cases}"
    if f.acknowledged:
        waiting += f" ({f.acknowledged} acknowledged)"
    if f.oldest_unacknowledged:
        case_id, opened = f.oldest_unacknowledged
        waiting += (f". Oldest not yet acknowledged: case {case_id}, waiting "
                    f"{texts.age(opened, now)}")
    lines.append(waiting)
    lines.append(f"Flagged messages: {f.flagged}")
    if f.flagged:
        lines.append(f"  By clause: {_counts(f.by_clause, titles)}")
        lines.append(f"  By group: {_counts(f.by_group)}")
    lines.append(f"Reminders posted: {f.reminders}")
    lines.append(f"Parents' reports: {f.new_reports} new, {f.waiting_reports} waiting")
    if f.alerts_waiting:
        why = (texts.ALERTS_NO_LEAD if not f.safeguarding_leads
               else texts.ALERTS_NOT_SENT.format(
                   leads="a safeguarding lead is" if f.safeguarding_leads == 1
                   else f"{f.safeguarding_leads} safeguarding leads are"))
        lines.append(f"Safeguarding alerts not yet delivered: {f.alerts_waiting} ({why})")
    if f.dismissals:
        rates = "; ".join(
            f"{clause_title(school.rulebook, c)} {d} of {n} ({round(100 * d / n)}%)"
            for c, (d, n) in f.dismissals.items() if n)
        lines.append(f"Dismissed as not a breach, of the closed cases citing each clause: "
                     f"{rates}")
    lines.append(_review_line(f.next_review, now, tz))
    lines += ["", "Use /queue to review."]
    return "\n".join(lines)


def _review_line(next_review: date | None, now: datetime, tz: ZoneInfo) -> str:
    if next_review is None:
        return "Code of conduct: no next review date is recorded in the rulebook."
    when = next_review.strftime("%d %B %Y").lstrip("0")
    overdue = " (overdue)" if next_review < now.astimezone(tz).date() else ""
    return f"Code of conduct: next review due {when}{overdue}."
