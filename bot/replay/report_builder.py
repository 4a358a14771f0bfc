"""Build a replay report while the chat streams past, keeping only what the report shows.

Counts are kept for everything; text is kept only for flagged messages (spilled to a
`FlaggedStore`) and, when context is asked for, for the few messages around each one.
"""

from collections import Counter, deque
from datetime import date

from bot.replay.importer import ImportNotes
from bot.replay.ladder import ADDS_TO_CASE, ALERTS_LEAD, OPENS_CASE, LadderReplay, LadderStep
from bot.replay.records import DELETED, ChatRecord, Malformed
from bot.replay.report_model import (
    ClauseInfo,
    ContextLine,
    FlaggedMessage,
    FlaggedStore,
    MemberTally,
    ReplayReport,
)
from rules.message import Message
from rules.rulebook import Rulebook
from rules.verdict import Verdict

# Malformed entries listed one by one; the rest are only counted.
MALFORMED_LISTED = 500


class ReportBuilder:
    """Accumulates a replay report; records arrive in chat order.

    Args:
        rulebook: The school's code, for clause titles and the ladder.
        ladder: Follows members' breaches up the ladder.
        context_lines: Messages shown before and after each flagged one (0 for none).
    """

    def __init__(self, rulebook: Rulebook, ladder: LadderReplay, context_lines: int = 0):
        self.rulebook = rulebook
        self.ladder = ladder
        self.context_lines = context_lines
        self.store: FlaggedStore[FlaggedMessage] = FlaggedStore()
        self.messages = self.staff_messages = self.system_lines = self.deleted = 0
        self.system_kinds: Counter[str] = Counter()
        self.media: Counter[str] = Counter()
        self.clause_counts: Counter[str] = Counter()
        self.clauses: dict[str, ClauseInfo] = {}
        self.members: dict[str, MemberTally] = {}
        self.steps: list[LadderStep] = []
        self.timeline: dict[date, list[int]] = {}
        self.malformed: list[Malformed] = []
        self.malformed_count = 0
        self.first_at = self.last_at = None
        self._recent: deque[ContextLine] = deque(maxlen=context_lines or 1)
        self._waiting: list[FlaggedMessage] = []

    def add_malformed(self, item: Malformed) -> None:
        """Count (and list, up to a limit) an entry that could not be read."""
        self.malformed_count += 1
        if len(self.malformed) < MALFORMED_LISTED:
            self.malformed.append(item)

    def add_system(self, record: ChatRecord) -> None:
        """Count a system line or a deleted message."""
        if record.kind == DELETED:
            self.deleted += 1
        else:
            self.system_lines += 1
        self.system_kinds[record.system_kind or "other"] += 1

    def _member(self, name: str) -> MemberTally:
        if name not in self.members:
            self.members[name] = MemberTally(name)
        return self.members[name]

    def add_scored(self, ident: str, record: ChatRecord, message: Message,
                   verdict: Verdict) -> None:
        """Count a member's message and, if it breaches the code, keep it for the report."""
        self.messages += 1
        self.first_at = self.first_at or record.sent_at
        self.last_at = record.sent_at
        day = self.timeline.setdefault(record.sent_at.date(), [0, 0])
        day[0] += 1
        if record.media:
            self.media[record.media] += 1
        member = self._member(record.sender or "(unknown)")
        member.messages += 1
        if message.sender_role == "staff":
            self.staff_messages += 1
            member.staff = True
        line = ContextLine(record.sent_at, record.sender, record.text, record.media)
        self._feed_waiting(line)
        if verdict.breaches:
            day[1] += 1
            self._flag(ident, record, verdict, member)
        if self.context_lines:
            self._recent.append(line)

    def _flag(self, ident: str, record: ChatRecord, verdict: Verdict,
              member: MemberTally) -> None:
        decision, step = self.ladder.observe(ident, member.name, verdict, record.sent_at)
        for b in verdict.breaches:
            self.clause_counts[b.clause_id] += 1
            member.clauses[b.clause_id] += 1
            self.clauses.setdefault(b.clause_id,
                                    ClauseInfo(b.clause_id, b.title, b.section, b.severity))
        member.flagged += 1
        member.first_flagged = member.first_flagged or record.sent_at
        member.last_flagged = record.sent_at
        if step is not None:
            if OPENS_CASE in step.what:
                member.case_opened = record.sent_at
            member.added_to_case += ADDS_TO_CASE in step.what
            member.alerts += ALERTS_LEAD in step.what
            if step.what != ADDS_TO_CASE:  # later breaches join the case: counted, not listed
                self.steps.append(step)
        flagged = FlaggedMessage(ident, record, verdict, decision, step,
                                 before=list(self._recent) if self.context_lines else [])
        if self.context_lines:
            self._waiting.append(flagged)
        else:
            self.store.append(flagged)

    def _feed_waiting(self, line: ContextLine) -> None:
        """Give each flagged message waiting for context the message after it."""
        done = 0
        for flagged in self._waiting:
            flagged.after.append(line)
            done += len(flagged.after) >= self.context_lines
        for _ in range(done):
            self.store.append(self._waiting.pop(0))

    def finish(self, *, source: str, format: str, school: str, scorer: str, consent: str,
               notes: ImportNotes) -> ReplayReport:
        """The report, once every record has been added (timings are filled in later)."""
        for flagged in self._waiting:
            self.store.append(flagged)
        self._waiting = []
        book = self.rulebook
        return ReplayReport(
            source=source, format=format, school=school, scorer=scorer, consent=consent,
            rulebook=f"{book.id} ({book.version})", context_lines=self.context_lines,
            messages=self.messages, staff_messages=self.staff_messages,
            system_lines=self.system_lines, deleted=self.deleted,
            system_kinds=self.system_kinds, media=self.media,
            flagged_count=len(self.store), flagged=self.store,
            clause_counts=self.clause_counts, clauses=self.clauses, members=self.members,
            steps=self.steps, timeline=self.timeline, malformed=self.malformed,
            malformed_count=self.malformed_count, first_at=self.first_at,
            last_at=self.last_at, date_order=notes.date_order,
            date_order_reason=notes.date_order_reason,
            skipped_chats=Counter(notes.skipped_chats))
