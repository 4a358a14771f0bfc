"""Replay one export: read it as a stream, score members' messages in batches, build the report.

Each member's message becomes the engine's `Message` with what the bot would have known live:
whether the sender is staff (exempt), whether it is addressed to staff, how many messages the
sender had already addressed to staff that day, and attached photos.
"""

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from bot.replay.importer import ImportNotes, read_records
from bot.replay.ladder import LadderReplay
from bot.replay.records import USER, ChatRecord, Malformed
from bot.replay.report_builder import ReportBuilder
from bot.replay.report_model import DEFAULT_CONSENT, ReplayReport
from bot.replay.scoring import BATCH_SIZE
from bot.replay.sources import Export
from bot.replay.staff import StaffDirectory
from rules.message import Message
from rules.rulebook import Rulebook
from rules.school import SchoolConfig
from rules.verdict import Verdict

log = logging.getLogger(__name__)

Batch = list[tuple[ChatRecord, Message]]
Score = Callable[[Sequence[Message]], list[Verdict]]


class MessageFactory:
    """Builds engine messages in chat order, counting each member's messages to staff."""

    def __init__(self, staff: StaffDirectory):
        self.staff = staff
        self._to_staff_today: dict[str, tuple[date, int]] = {}

    def build(self, record: ChatRecord, ident: str) -> Message:
        """The engine's view of `record`; `ident` comes back on its verdict."""
        is_staff = self.staff.is_staff(record.sender)
        if is_staff:
            self.staff.remember(record)
        to_staff = not is_staff and self.staff.addresses_staff(record)
        earlier = 0
        if to_staff and record.sender is not None:
            day = record.sent_at.date()
            last_day, count = self._to_staff_today.get(record.sender, (day, 0))
            earlier = count if last_day == day else 0
            self._to_staff_today[record.sender] = (day, earlier + 1)
        return Message(text=record.text, id=ident, sent_at=record.sent_at,
                       sender=record.sender, sender_role="staff" if is_staff else "parent",
                       to_staff=to_staff, has_photo=record.has_photo,
                       recent_staff_messages=earlier)


@dataclass(frozen=True)
class ReplayOptions:
    """Choices for one replay.

    Attributes:
        context_lines: Messages shown before and after each flagged one in the report.
        chats: Telegram full-account exports: names or ids of the chats to read.
        staff: Display names in the export that belong to staff (exempt from the code).
        consent: The consent note the report states.
        scorer_name: How the report names the toxicity scorer.
        batch_size: Messages per engine call.
    """

    context_lines: int = 0
    chats: frozenset[str] = frozenset()
    staff: tuple[str, ...] = ()
    consent: str = DEFAULT_CONSENT
    scorer_name: str = ""
    batch_size: int = BATCH_SIZE


def _batches(records: Iterator[ChatRecord | Malformed], builder: ReportBuilder,
             factory: MessageFactory, size: int) -> Iterator[Batch]:
    """Members' messages in batches; system lines and malformed entries go to the builder."""
    batch: Batch = []
    seq = 0
    for item in records:
        if isinstance(item, Malformed):
            builder.add_malformed(item)
        elif item.kind != USER:
            builder.add_system(item)
        else:
            seq += 1
            batch.append((item, factory.build(item, str(seq))))
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch


def replay(export: Export, school: SchoolConfig, rulebook: Rulebook, score: Score,
           options: ReplayOptions, on_read: Callable[[int], None] = lambda n: None,
           ) -> ReplayReport:
    """Score every member's message of `export` and build the headteacher's report.

    Args:
        export: The identified export file.
        school: The school's configuration (timezone, staff, term dates).
        rulebook: The school's code, for the report and the ladder.
        score: Scores a batch of messages (the engine's `score`).
        options: Context lines, chats, extra staff names, consent note.
        on_read: Hears the bytes read, for a progress bar.
    """
    start = time.perf_counter()
    notes = ImportNotes()
    ladder = LadderReplay(rulebook, list(school.term_dates))
    builder = ReportBuilder(rulebook, ladder, options.context_lines)
    factory = MessageFactory(StaffDirectory(school, options.staff))
    records = read_records(export, school.tz, set(options.chats), notes, on_read)
    for batch in _batches(records, builder, factory, options.batch_size):
        verdicts = score([message for _, message in batch])
        for (record, message), verdict in zip(batch, verdicts, strict=True):
            builder.add_scored(message.id, record, message, verdict)
    report = builder.finish(source=export.name, format=export.format, school=school.school,
                            scorer=options.scorer_name, consent=options.consent, notes=notes)
    report.seconds = time.perf_counter() - start
    log.info("replayed %s: %d messages, %d flagged, %d malformed, %.1f s", export.format,
             report.messages, report.flagged_count, report.malformed_count, report.seconds)
    return report
