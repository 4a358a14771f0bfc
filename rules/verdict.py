"""What the engine decides about a message: findings, breached clauses and intended actions."""

from dataclasses import dataclass, field

from rules.findings import Finding

# Intended actions. The bot's actuator carries them out according to the group's mode.
REMIND = "remind"
DELETE = "delete"
COUNT_TOWARDS_LADDER = "ladder"
OPEN_CASE = "open_case"
ALERT_SAFEGUARDING_LEAD = "alert_safeguarding_lead"


@dataclass(frozen=True)
class Breach:
    """One clause of the school's code breached by a message."""

    clause_id: str
    title: str
    section: str
    severity: str
    kind: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Verdict:
    """The engine's decision about one message.

    Attributes:
        message_id: The id of the message scored.
        labels: Every label that fired, content and context, sorted.
        findings: The findings that fired, each saying why.
        breaches: The clauses breached, most severe first.
        severity: The highest severity among them, or None when clean.
        reminder: The gentle reminder to post, or None (clean, or safeguarding only).
        actions: Intended actions, from the breached clauses' `then:`.
        exempt: Why the message was not checked (e.g. sent by staff), else None.
        reminder_clause: The title of the clause whose reminder it is, or None.
    """

    message_id: str
    labels: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    breaches: tuple[Breach, ...] = ()
    severity: str | None = None
    reminder: str | None = None
    actions: frozenset[str] = field(default_factory=frozenset)
    exempt: str | None = None
    reminder_clause: str | None = None

    @property
    def clean(self) -> bool:
        """True when nothing fired."""
        return not self.findings
