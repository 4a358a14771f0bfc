"""The escalation ladder: when a parent's breaches go to the headteacher.

Pure: the caller passes the member's earlier breaches, the rulebook and the time. The
rulebook's `ladder:` block says how heavy each severity is, how long a breach keeps counting
and whether the count starts again each term. A clause whose `then.escalate` is `case`
(threats, hate, disclosures) opens a case at once; `safeguarding_lead` alerts the lead
privately and never counts as a public breach.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from rules.rulebook import Ladder, Rulebook
from rules.school import Term
from rules.verdict import ALERT_SAFEGUARDING_LEAD, COUNT_TOWARDS_LADDER, OPEN_CASE, Verdict


@dataclass(frozen=True)
class PastBreach:
    """One earlier breach by the same member at the same school."""

    at: datetime
    severity: str
    clause_id: str


@dataclass(frozen=True)
class Escalation:
    """What the ladder decides for one breaching message.

    Attributes:
        open_case: Put the member in the headteacher's review queue (or add to the open case).
        alert_safeguarding_lead: Send a private alert to the designated safeguarding lead.
        weight: Weighted breaches in the window, this one included.
        threshold: The weight at which a case opens (the rulebook's `case_at_weight`).
        reason: One line saying why, for the case record and the digest.
        counted: The earlier breaches that counted towards the weight.
    """

    open_case: bool
    alert_safeguarding_lead: bool
    weight: float
    threshold: float
    reason: str
    counted: tuple[PastBreach, ...] = ()


def current_term_start(terms: list[Term], today: date) -> date | None:
    """Start of the term `today` falls in, or of the last term that began before it."""
    started = [t.start for t in terms if t.start <= today]
    return max(started) if started else None


def counting_breaches(ladder: Ladder, history: list[PastBreach], now: datetime,
                      terms: list[Term]) -> tuple[PastBreach, ...]:
    """The earlier breaches that still count: inside the window and, if set, this term."""
    since = now - timedelta(days=ladder.window_days)
    term_start = current_term_start(terms, now.date()) if ladder.reset_at_end_of_term else None
    return tuple(b for b in history
                 if since <= b.at <= now
                 and (term_start is None or b.at.date() >= term_start))


def escalate(rulebook: Rulebook, verdict: Verdict, history: list[PastBreach],
             now: datetime, terms: list[Term]) -> Escalation:
    """Decide whether this verdict, on top of the member's history, goes further."""
    ladder = rulebook.ladder
    alert = ALERT_SAFEGUARDING_LEAD in verdict.actions
    counted = counting_breaches(ladder, history, now, terms)
    weight = sum(ladder.weights.get(b.severity, 1.0) for b in counted)
    public = [b for b in verdict.breaches
              if _escalation_of(rulebook, b.clause_id) not in (None, "safeguarding_lead")]
    if public:
        weight += max(ladder.weights.get(b.severity, 1.0) for b in public)
    threshold = ladder.case_at_weight
    if OPEN_CASE in verdict.actions:
        ids = ", ".join(b.clause_id for b in public if _escalates_to_case(rulebook, b.clause_id))
        reason = f"{ids} opens a case on its own"
        return Escalation(True, alert, weight, threshold, reason, counted)
    if COUNT_TOWARDS_LADDER in verdict.actions and public and weight >= threshold:
        reason = (f"{weight:g} weighted breaches within {ladder.window_days} days "
                  f"(a case opens at {threshold:g})")
        return Escalation(True, alert, weight, threshold, reason, counted)
    if alert:
        reason = "safeguarding concern: private alert to the safeguarding lead"
    elif public:
        reason = f"{weight:g} of {threshold:g} weighted breaches within {ladder.window_days} days"
    else:
        reason = "no breach"
    return Escalation(False, alert, weight, threshold, reason, counted)


def _escalation_of(rulebook: Rulebook, clause_id: str) -> str | None:
    clause = next((c for c in rulebook.clauses if c.id == clause_id), None)
    return clause.then.escalate if clause is not None else None


def _escalates_to_case(rulebook: Rulebook, clause_id: str) -> bool:
    return _escalation_of(rulebook, clause_id) == "case"
