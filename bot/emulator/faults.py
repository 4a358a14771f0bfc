"""Injected failures: errors a bot must survive, on demand or at random with a seed.

A targeted injection answers the next `times` calls of one method (optionally only for one
chat) with the failure instead of carrying the call out. Random injection picks calls at a rate
from a seeded generator, so a chaos run can be repeated exactly.
"""

import datetime as dt
import random
from dataclasses import dataclass, field

from bot.emulator import errors
from bot.emulator.errors import ApiError

RETRY_AFTER = "retry_after"      # 429 with parameters.retry_after (option retry_after=1)
MIGRATED = "migrated"            # 400 with parameters.migrate_to_chat_id
KICKED = "kicked"                # 403 bot was kicked from the group chat
BLOCKED = "blocked"              # 403 bot was blocked by the user
NOT_FOUND = "not_found"          # 400 message to delete (or edit) not found
CANT_DELETE = "cant_delete"      # 400 message can't be deleted
TIMEOUT = "timeout"              # answer after `delay` seconds (option applied=True: do it too)
DROP = "drop"                    # close the connection without an answer
SERVER_ERROR = "server_error"    # 500 Internal Server Error
BAD_GATEWAY = "bad_gateway"      # 502 Bad Gateway
KINDS = (RETRY_AFTER, MIGRATED, KICKED, BLOCKED, NOT_FOUND, CANT_DELETE, TIMEOUT, DROP,
         SERVER_ERROR, BAD_GATEWAY)
DEFAULT_DELAY = 6.0  # longer than python-telegram-bot's default 5 s read timeout
# Calls random injection leaves alone unless named: failing them stops a bot from starting.
PLUMBING = frozenset({
    "getUpdates", "getMe", "setWebhook", "deleteWebhook", "getWebhookInfo", "close", "logOut",
    "setMyCommands", "getMyCommands", "deleteMyCommands",
})


@dataclass
class Injection:
    """A failure waiting for its calls."""

    method: str
    kind: str
    times: int
    chat_id: int | None = None
    options: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Injected:
    """A failure the emulator answered with."""

    method: str
    kind: str
    chat_id: object
    at: dt.datetime


@dataclass
class RandomFaults:
    """Failures at `rate`, drawn from a generator seeded with `seed`."""

    rate: float
    kinds: tuple[str, ...]
    methods: frozenset[str] | None
    rng: random.Random
    options: dict = field(default_factory=dict)


def check_kind(kind: str) -> None:
    """Raise ValueError naming the valid kinds when `kind` is not one of them."""
    if kind not in KINDS:
        raise ValueError(f"unknown error kind {kind!r}; use one of: {', '.join(KINDS)}")


def pick(
    targeted: list[Injection], chaos: RandomFaults | None, method: str, params: dict
) -> tuple[str, dict] | None:
    """The (kind, options) to answer this call with, if any; uses up one targeted time."""
    chat_id = params.get("chat_id")
    for injection in targeted:
        if injection.method != method or injection.times <= 0:
            continue
        if injection.chat_id is not None and injection.chat_id != chat_id:
            continue
        injection.times -= 1
        if injection.times == 0:
            targeted.remove(injection)
        return injection.kind, injection.options
    if chaos is None or chaos.rate <= 0:
        return None
    if chaos.methods is None and method in PLUMBING:
        return None
    if chaos.methods is not None and method not in chaos.methods:
        return None
    if chaos.rng.random() >= chaos.rate:
        return None
    return chaos.rng.choice(chaos.kinds), chaos.options


def error_for(kind: str, options: dict, method: str, chat_id: object, chat_type: str) -> ApiError:
    """The error answer of an injected failure that answers at once."""
    if RETRY_AFTER == kind:
        return errors.retry_after(int(options.get("retry_after", 1)))
    if MIGRATED == kind:
        new_id = options.get("migrate_to_chat_id")
        if new_id is None:
            new_id = -1_000_000_000_000 - abs(chat_id) if isinstance(chat_id, int) else -1
        return errors.migrated(new_id)
    if KICKED == kind:
        return errors.kicked_from(chat_type)
    if BLOCKED == kind:
        return errors.forbidden(errors.BLOCKED)
    if NOT_FOUND == kind:
        edit = method.startswith("edit")
        return errors.bad_request(errors.EDIT_NOT_FOUND if edit else errors.DELETE_NOT_FOUND)
    if CANT_DELETE == kind:
        return errors.bad_request(errors.CANT_DELETE)
    if BAD_GATEWAY == kind:
        return ApiError(502, "Bad Gateway")
    return ApiError(500, "Internal Server Error")
