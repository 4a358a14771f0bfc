"""Stream a WhatsApp "Export chat" .txt into chat records, one message at a time.

A message starts with a timestamp line; every following line without one belongs to it.
The date order is decided first by `infer_date_order`, which reads the file's dates until
enough of them are unambiguous, then `read_whatsapp` reads the file again. A line that
looks like a timestamp but cannot be read is reported as malformed with its line number, as
are the lines that follow it and text before the first message; nothing is dropped silently.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO
from zoneinfo import ZoneInfo

from bot.replay.records import ChatRecord, Malformed
from bot.replay.whatsapp_lines import classify
from bot.replay.whatsapp_time import (
    HEADER,
    LOOKS_LIKE_HEADER,
    DateOrderVote,
    header_time,
    strip_marks,
)

Line = tuple[int, str, str | None]  # (number, text, decoding problem or None)
# Unambiguous dates after which the date order is settled without reading further.
_ENOUGH_VOTES = 50


def decoded_lines(stream: BinaryIO) -> Iterator[Line]:
    """Lines of a UTF-8 byte stream without their line ends, numbered from 1.

    Bytes that are not UTF-8 are replaced, and the line says so in its third field.
    """
    for number, raw in enumerate(stream, start=1):
        raw = raw.rstrip(b"\r\n")
        try:
            yield number, raw.decode("utf-8"), None
        except UnicodeDecodeError as e:
            problem = f"bytes that are not UTF-8 (byte {e.start + 1} of the line) were replaced"
            yield number, raw.decode("utf-8", errors="replace"), problem


def infer_date_order(lines: Iterable[Line]) -> tuple[str, str, int]:
    """(date order, reason, headers seen) from the dates of the export's timestamp lines."""
    vote = DateOrderVote()
    seen = 0
    for _, text, _ in lines:
        m = HEADER.match(strip_marks(text))
        if m is None:
            continue
        seen += 1
        vote.add(m["a"], m["b"])
        if vote.votes >= _ENOUGH_VOTES:
            break
    order, reason = vote.decide()
    return order, reason, seen


@dataclass
class _Open:
    """The message being read: its first line and the lines that continue it."""

    line: int
    sent_at: datetime | None
    rest: str
    more: list[str] = field(default_factory=list)
    problem: str | None = None
    dropped: int = 0  # lines of an unreadable message: counted, not kept


def _finish(msg: _Open) -> ChatRecord | Malformed:
    if msg.sent_at is None:
        extra = f" (and {msg.dropped} following lines)" if msg.dropped else ""
        return Malformed(msg.line, f"{msg.problem}{extra}")
    while msg.more and not msg.more[-1].strip():
        msg.more.pop()
    entry = classify(msg.rest, msg.more)
    return ChatRecord(line=msg.line, sent_at=msg.sent_at, sender=entry.sender, text=entry.text,
                      kind=entry.kind, media=entry.media, system_kind=entry.system_kind,
                      mentions=tuple(_mentions(entry.text)))


def _mentions(text: str) -> list[str]:
    """WhatsApp writes a mention as `@Name` or `@447700900123`; keep what follows each @."""
    if "@" not in text:
        return []
    return [part[:60] for part in text.split("@")[1:] if part[:1].strip()]


def read_whatsapp(lines: Iterable[Line], order: str, tz: ZoneInfo,
                  ) -> Iterator[ChatRecord | Malformed]:
    """Chat records and malformed entries, in file order.

    A line with bytes that are not UTF-8 is reported as malformed and still read, with
    replacement characters.

    Args:
        lines: The export's decoded lines (`decoded_lines`).
        order: The date order (`infer_date_order`).
        tz: The school's timezone; the export's times are local times.
    """
    current: _Open | None = None
    for number, text, problem in lines:
        if problem is not None:
            yield Malformed(number, problem)
        clean = strip_marks(text)
        m = HEADER.match(clean)
        if m is not None:
            sent_at = header_time(m, order, tz)
            if current is not None:
                yield _finish(current)
            if isinstance(sent_at, str):
                current = _Open(number, None, m["rest"], problem=sent_at)
            else:
                current = _Open(number, sent_at, m["rest"])
        elif LOOKS_LIKE_HEADER.match(clean):
            if current is not None:
                yield _finish(current)
            current = _Open(number, None, clean,
                            problem="starts like a message but its timestamp or the separator "
                                    "after it cannot be read")
        elif current is not None and current.sent_at is None:
            current.dropped += 1
        elif current is not None:
            current.more.append(text)
        elif clean.strip():
            yield Malformed(number, "text before the first message")
    if current is not None:
        yield _finish(current)
