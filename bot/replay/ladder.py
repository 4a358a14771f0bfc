"""Follow each member's breaches up the school's escalation ladder, in chat order.

For every breaching message, `rules.escalation.escalate` is asked what the ladder would have
done given that member's earlier breaches; the breach then joins the member's history. Only
breaches that count towards the ladder are remembered (safeguarding concerns go privately to
the lead and never count against a parent), and history older than the ladder's window is
dropped, so memory stays small however long the chat.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from rules.escalation import Escalation, PastBreach, escalate, ladder_breaches
from rules.rulebook import Rulebook
from rules.school import Term
from rules.verdict import Verdict

OPENS_CASE = "opens a case"
ADDS_TO_CASE = "adds to the member's open case"
ALERTS_LEAD = "alerts the safeguarding lead"


@dataclass(frozen=True)
class LadderStep:
    """An escalation the ladder would have made for one message.

    Attributes:
        ident: The replay's id of the message.
        at: When the message was sent.
        sender: The member.
        what: OPENS_CASE, ADDS_TO_CASE or ALERTS_LEAD (and a case, joined with "; ").
        reason: The ladder's one-line reason.
    """

    ident: str
    at: datetime
    sender: str
    what: str
    reason: str


class LadderReplay:
    """Each member's breach history, and the escalations it leads to."""

    def __init__(self, rulebook: Rulebook, terms: list[Term]):
        self.rulebook = rulebook
        self.terms = terms
        self._history: dict[str, list[PastBreach]] = {}
        self._open_cases: set[str] = set()

    def observe(self, ident: str, sender: str, verdict: Verdict,
                at: datetime) -> tuple[Escalation, LadderStep | None]:
        """What the ladder decides for this breaching message, and the step it takes."""
        ladder = self.rulebook.ladder
        since = at - timedelta(days=ladder.window_days)
        history = [b for b in self._history.get(sender, []) if b.at >= since]
        decision = escalate(self.rulebook, verdict, history, at, self.terms)
        counted = list(ladder_breaches(self.rulebook, verdict))
        if counted:
            worst = max(counted, key=lambda b: ladder.weights.get(b.severity, 1.0))
            history.append(PastBreach(at, worst.severity, worst.clause_id))
        self._history[sender] = history
        what = []
        if decision.open_case:
            what.append(ADDS_TO_CASE if sender in self._open_cases else OPENS_CASE)
            self._open_cases.add(sender)
        if decision.alert_safeguarding_lead:
            what.append(ALERTS_LEAD)
        step = LadderStep(ident, at, sender, "; ".join(what), decision.reason) if what else None
        return decision, step
