"""Kindly's own message type: what the engine needs to know about one chat message."""

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

SenderRole = Literal["parent", "staff"]


@dataclass(frozen=True)
class Message:
    """One message as the engine sees it, whatever chat or file it came from.

    Attributes:
        text: The message text or photo caption, as typed.
        id: A caller-chosen identifier, echoed back in the verdict.
        sent_at: When it was sent, timezone-aware; context rules need it.
        sender: Display name of the sender, if known.
        sender_role: "staff" messages are exempt from the parents' code.
        to_staff: The message replies to, mentions or addresses a staff member.
        has_photo: A photo or video was attached.
        recent_staff_messages: How many messages this sender addressed to staff in the
            frequency window before this one (the bot counts; the engine only compares).
    """

    text: str
    id: str = ""
    sent_at: datetime | None = None
    sender: str | None = None
    sender_role: SenderRole = "parent"
    to_staff: bool = False
    has_photo: bool = False
    recent_staff_messages: int = 0
