"""The escalation ladder: when a parent's breaches go to the headteacher.

Pure: the caller passes the member's earlier breaches, the rulebook and the time. The
rulebook's `ladder:` block says how heavy each severity is, how long a breach keeps counting
and whether the count starts again each term. What each breached clause's `then.escalate`
does here:

- `ladder`: counts towards the ladder.
- `case` (threats, hate, disclosures): opens a case at once.
- `safeguarding_lead`: alerts the lead privately and never counts as a public breach.
- `none` (e.g. the photo-consent reminder): reminds only, never counts.

A parent who raises a safeguarding worry is not disciplined for how they raised it: when the
verdict alerts the safeguarding lead, its privacy breaches (a named child's welfare discussed
in the group) neither open a case nor count. The message may still be removed; threats and
hate in the same message still count.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from rules.rulebook import Ladder, Rulebook
from rules.school import Term
from rules.verdict import ALERT_SAFEGUARDING_LEAD, Breach, Verdict

# Clauses whose breaches never count against the parent.
_NEVER_COUNTS = frozenset({"safeguarding_lead", "none"})
# Breaches set aside when the same message alerts the safeguarding lead.
_WORRY_CATEGORIES = frozenset({"privacy"})


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


def ladder_breaches(rulebook: Rulebook, verdict: Verdict) -> tuple[Breach, ...]:
    """The breaches of this verdict that count against the parent (may open a case).

    Left out: clauses that never count (`escalate: safeguarding_lead` or `none`), clauses
    the rulebook does not have, and, when the verdict alerts the safeguarding lead,
    privacy breaches (the parent raised a worry; the lead deals with it).

    Callers that store incidents use this to decide whether one counts in later history.
    """
    alert = ALERT_SAFEGUARDING_LEAD in verdict.actions
    out = []
    for breach in verdict.breaches:
        clause = rulebook.clause(breach.clause_id)
        if clause is None or clause.then.escalate in _NEVER_COUNTS:
            continue
        if alert and clause.category in _WORRY_CATEGORIES:
            continue
        out.append(breach)
    return tuple(out)


def escalate(rulebook: Rulebook, verdict: Verdict, history: list[PastBreach],
             now: datetime, terms: list[Term]) -> Escalation:
    """Decide whether this verdict, on top of the member's history, goes further.

    Earlier breaches recorded against a clause that never counts (`escalate: none`) are
    ignored, whatever the caller stored.
    """
    ladder = rulebook.ladder
    alert = ALERT_SAFEGUARDING_LEAD in verdict.actions
    history = [b for b in history if _escalation_of(rulebook, b.clause_id) != "none"]
    counted = counting_breaches(ladder, history, now, terms)
    weight = sum(ladder.weights.get(b.severity, 1.0) for b in counted)
    counts = ladder_breaches(rulebook, verdict)
    if counts:
        weight += max(ladder.weights.get(b.severity, 1.0) for b in counts)
    threshold = ladder.case_at_weight
    at_once = [b.clause_id for b in counts if _escalation_of(rulebook, b.clause_id) == "case"]
    if at_once:
        reason = f"{', '.join(at_once)} opens a case on its own"
        return Escalation(True, alert, weight, threshold, reason, counted)
    if counts and weight >= threshold:
        reason = (f"{weight:g} weighted breaches within {ladder.window_days} days "
                  f"(a case opens at {threshold:g})")
        return Escalation(True, alert, weight, threshold, reason, counted)
    if alert:
        reason = "safeguarding concern: private alert to the safeguarding lead"
        set_aside = [b.clause_id for b in verdict.breaches if b not in counts
                     and _escalation_of(rulebook, b.clause_id) in ("ladder", "case")]
        if set_aside:
            reason += f" ({', '.join(set_aside)} not held against the parent raising it)"
    elif counts:
        reason = f"{weight:g} of {threshold:g} weighted breaches within {ladder.window_days} days"
    elif verdict.breaches:
        reason = "reminder only: these clauses never count towards the ladder"
    else:
        reason = "no breach"
    return Escalation(False, alert, weight, threshold, reason, counted)


def _escalation_of(rulebook: Rulebook, clause_id: str) -> str | None:
    clause = rulebook.clause(clause_id)
    return clause.then.escalate if clause is not None else None
