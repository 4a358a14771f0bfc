"""Signed button data: what a reviewer's button asks for, and proof that the bot made it.

Telegram returns a button's `callback_data` (at most 64 bytes) verbatim, but a client can send
any data it likes. Each button therefore carries an HMAC over the data *and the Telegram user
it was shown to*, keyed with a secret derived from the bot token: changed data, or a button
pressed by someone else, fails the check. The handlers still re-check, on every press, that
the presser reviews the school named in the data.

Format: `k1:<op>:<school_id>:<target_id>:<arg>.<mac>`, e.g. `k1:ack:3:41:.Xb3k9QfZ2Lw`.
"""

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass

PREFIX = "k1"
PATTERN = re.compile(r"^k1:([a-z]{1,5}):(\d{1,9}):(\d{1,12}):([A-Za-z0-9_-]{0,12})"
                     r"\.([A-Za-z0-9_-]{14})$")
# A pattern for PTB's CallbackQueryHandler: every review button starts like this.
HANDLER_PATTERN = r"^k1:"
MAC_BYTES = 10
MAX_BYTES = 64


class BadButton(ValueError):
    """Button data that was not made by this bot for this user."""


@dataclass(frozen=True)
class Button:
    """What a button asks for: an operation on one school's case, report or page."""

    op: str
    school_id: int
    target: int = 0
    arg: str = ""

    def payload(self) -> str:
        """The signed part of the data."""
        return f"{PREFIX}:{self.op}:{self.school_id}:{self.target}:{self.arg}"


def button_key(token: str) -> bytes:
    """The signing key for one bot, derived from its token (never stored)."""
    return hashlib.sha256(b"kindly review buttons\0" + token.encode("utf-8")).digest()


def _mac(key: bytes, user_id: int, payload: str) -> str:
    digest = hmac.new(key, f"{user_id}|{payload}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:MAC_BYTES]).decode("ascii").rstrip("=")


def sign(key: bytes, user_id: int, button: Button) -> str:
    """The callback data for `button`, shown to `user_id`.

    Raises:
        ValueError: The data would not fit Telegram's 64 bytes or has bad characters.
    """
    data = f"{button.payload()}.{_mac(key, user_id, button.payload())}"
    if len(data.encode()) > MAX_BYTES or not PATTERN.match(data):
        raise ValueError(f"button data {button.op!r} does not fit the callback format")
    return data


def verify(key: bytes, user_id: int, data: str) -> Button:
    """The button behind `data` if this bot signed it for `user_id`.

    Raises:
        BadButton: Malformed data, a wrong signature, or a button made for someone else.
    """
    match = PATTERN.match(data or "")
    if match is None:
        raise BadButton("malformed button data")
    op, school_id, target, arg, mac = match.groups()
    button = Button(op, int(school_id), int(target), arg)
    if not hmac.compare_digest(mac, _mac(key, user_id, button.payload())):
        raise BadButton("button signature does not match")
    return button
