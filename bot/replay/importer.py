"""Read any supported export as one stream of chat records and malformed entries."""

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from bot.replay.json_stream import JsonReader, JsonSyntaxError
from bot.replay.records import ChatRecord, Malformed
from bot.replay.sources import WHATSAPP, Export, open_bytes
from bot.replay.telegram import read_telegram
from bot.replay.whatsapp import decoded_lines, infer_date_order, read_whatsapp


@dataclass
class ImportNotes:
    """What the importer found out about the file, for the report.

    Attributes:
        date_order: WhatsApp only: "day-first", "month-first" or "year-first".
        date_order_reason: Why that order was chosen.
        skipped_chats: Telegram full-account exports: types of the chats not read.
    """

    date_order: str | None = None
    date_order_reason: str | None = None
    skipped_chats: list[str] = field(default_factory=list)


def read_records(export: Export, tz: ZoneInfo, chats: set[str], notes: ImportNotes,
                 on_read: Callable[[int], None] = lambda n: None,
                 ) -> Iterator[ChatRecord | Malformed]:
    """Every record of the export, in file order, read as a stream.

    Args:
        export: The identified export file.
        tz: The school's timezone (exports hold local times).
        chats: Telegram: names or ids of the chats to read (empty: all but private ones).
        notes: Filled in with what was found about the file.
        on_read: Hears the bytes read, for a progress bar.
    """
    if export.format == WHATSAPP:
        with open_bytes(export) as f:
            order, reason, _ = infer_date_order(decoded_lines(f))
        notes.date_order, notes.date_order_reason = order, reason
        with open_bytes(export, on_read) as f:
            yield from read_whatsapp(decoded_lines(f), order, tz)
        return
    with open_bytes(export, on_read) as f:
        reader = JsonReader(io.TextIOWrapper(f, encoding="utf-8-sig"))
        try:
            yield from read_telegram(reader, tz, export.name, chats, notes.skipped_chats)
        except JsonSyntaxError as e:
            yield Malformed(e.line, f"invalid JSON ({e.problem}); the rest of the file "
                                    "could not be read")
        except UnicodeDecodeError as e:
            yield Malformed(reader.line_so_far(), f"bytes that are not UTF-8 ({e.reason}); "
                                                  "the rest of the file could not be read")
