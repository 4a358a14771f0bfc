"""A local Telegram Bot API emulator that python-telegram-bot talks to over HTTP.

See docs/emulator.md. The public names: `BotApiEmulator`, the records it returns (`User`,
`Chat`, `MessageRecord`, `Call`, `Violation`) and the failure kinds in `bot.emulator.faults`.
"""

from bot.emulator.emulator import BotApiEmulator
from bot.emulator.model import Call, Chat, Document, MessageRecord, User, Violation

__all__ = ["BotApiEmulator", "Call", "Chat", "Document", "MessageRecord", "User", "Violation"]
