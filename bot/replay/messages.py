"""Turn a member's chat record into the engine's `Message`, with the context it needs.

The engine judges one message at a time; the replay supplies what the bot would have known
live: whether the sender is staff (exempt), whether the message is addressed to staff, how
many messages the sender had already addressed to staff that day, and attached photos.
"""

from datetime import date

from bot.replay.records import ChatRecord
from bot.replay.staff import StaffDirectory
from rules.message import Message


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
