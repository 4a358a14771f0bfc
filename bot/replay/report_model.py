"""What a replay report holds: figures, per-clause counts, members, escalations, flagged messages.

The report is for the headteacher: it names members, but holds the text of flagged messages
only (and, if asked for, a few lines of context around each), never the whole chat. A long
chat can flag thousands of messages, so they wait in a `FlaggedStore`: a private temporary
file (`tempfile.TemporaryFile`: owner-only, removed when closed) that only ever holds what
this process wrote, read back one message at a time by the report writers.
"""

import pickle
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Generic, TypeVar

from bot.replay.ladder import LadderStep
from bot.replay.records import ChatRecord, Malformed
from rules.escalation import Escalation
from rules.verdict import Verdict

DEFAULT_CONSENT = ("This chat history was shared with the school with the consent of a member "
                   "of the group, so that the headteacher could review it against the parents' "
                   "code of conduct. Only messages that may breach the code are reproduced.")


T = TypeVar("T")


class FlaggedStore(Generic[T]):
    """An append-only sequence on disk."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        self.count = 0

    def append(self, item: T) -> None:
        """Add one item at the end."""
        pickle.dump(item, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[T]:
        end = self._file.tell()
        self._file.seek(0)
        try:
            for _ in range(self.count):
                # Only this process's own writes are in the file (see module docstring).
                yield pickle.load(self._file)  # noqa: S301
        finally:
            self._file.seek(end)

    def close(self) -> None:
        """Remove the file."""
        self._file.close()


@dataclass(frozen=True)
class ContextLine:
    """A message shown around a flagged one, to help read it in context."""

    sent_at: datetime
    sender: str | None
    text: str
    media: str | None


@dataclass
class FlaggedMessage:
    """A message that breaches at least one clause, with what the school would have done."""

    ident: str
    record: ChatRecord
    verdict: Verdict
    decision: Escalation | None
    step: LadderStep | None
    before: list[ContextLine] = field(default_factory=list)
    after: list[ContextLine] = field(default_factory=list)


@dataclass
class MemberTally:
    """One member's figures over the whole chat."""

    name: str
    messages: int = 0
    flagged: int = 0
    staff: bool = False
    clauses: Counter[str] = field(default_factory=Counter)
    first_flagged: datetime | None = None
    last_flagged: datetime | None = None
    case_opened: datetime | None = None
    added_to_case: int = 0
    alerts: int = 0


@dataclass(frozen=True)
class ClauseInfo:
    """A clause as the report shows it."""

    clause_id: str
    title: str
    section: str
    severity: str


@dataclass
class ReplayReport:
    """Everything the HTML, CSV, JSON and terminal reports show."""

    source: str
    format: str
    school: str
    rulebook: str
    scorer: str
    consent: str
    context_lines: int
    messages: int
    staff_messages: int
    system_lines: int
    deleted: int
    system_kinds: Counter[str]
    media: Counter[str]
    flagged_count: int
    flagged: FlaggedStore[FlaggedMessage]
    clause_counts: Counter[str]
    clauses: dict[str, ClauseInfo]
    members: dict[str, MemberTally]
    steps: list[LadderStep]  # cases opened and safeguarding alerts, in chat order
    timeline: dict[date, list[int]]
    malformed: list[Malformed]
    malformed_count: int
    first_at: datetime | None
    last_at: datetime | None
    date_order: str | None = None
    date_order_reason: str | None = None
    skipped_chats: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    load_seconds: float = 0.0

    def repeat_members(self) -> list[MemberTally]:
        """Members with more than one flagged message, most flagged first."""
        repeat = [m for m in self.members.values() if m.flagged > 1]
        return sorted(repeat, key=lambda m: (-m.flagged, m.name.casefold()))

    def cases_opened(self) -> int:
        """Members for whom the ladder would have opened a case."""
        return sum(m.case_opened is not None for m in self.members.values())

    def alerts(self) -> int:
        """Private alerts the safeguarding lead would have received."""
        return sum(m.alerts for m in self.members.values())

    def clause_rows(self) -> list[tuple[ClauseInfo, int]]:
        """Each breached clause with its count, most frequent first."""
        rows = [(self.clauses[c], n) for c, n in self.clause_counts.items()]
        return sorted(rows, key=lambda r: (-r[1], r[0].clause_id))
