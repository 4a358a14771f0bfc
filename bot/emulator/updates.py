"""The queue of updates waiting for the bot, shared by long polling and webhook delivery.

Updates are numbered globally and kept until confirmed: by a getUpdates `offset` past them, or
by the webhook answering 2xx. Which kinds are queued at all follows `allowed_updates` as
Telegram does: the setting applies to updates created after it, and by default leaves out
`chat_member`, `message_reaction` and `message_reaction_count`.

`push` may be called from any thread (holding the emulator's lock); waiters live on the
emulator's event loop and are woken through `call_soon_threadsafe`, so a long poll returns as
soon as an update arrives.
"""

import asyncio
from collections import deque
from dataclasses import dataclass

OPT_IN_KINDS = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


@dataclass(frozen=True)
class PendingUpdate:
    """An update not yet confirmed by the bot."""

    update_id: int
    kind: str
    body: dict


class UpdateQueue:
    """Numbered, ordered updates with an event-loop wake-up for long polls."""

    def __init__(self, all_kinds: frozenset[str], first_id: int = 1) -> None:
        self.all_kinds = all_kinds
        self.allowed: frozenset[str] = all_kinds - OPT_IN_KINDS
        self.pending: deque[PendingUpdate] = deque()
        self.first_id = first_id
        self.next_id = first_id
        self.dropped = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._changed: asyncio.Event | None = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Attach to the loop whose coroutines wait for updates (call from that loop)."""
        self._loop = loop
        self._changed = asyncio.Event()

    def wants(self, kind: str) -> bool:
        """True when updates of `kind` are queued under the current allowed_updates."""
        return kind in self.allowed

    def set_allowed(self, kinds: list[str] | None) -> None:
        """Apply an allowed_updates value: None keeps, [] restores the default set."""
        if kinds is None:
            return
        self.allowed = frozenset(kinds) if kinds else self.all_kinds - OPT_IN_KINDS

    def push(self, kind: str, content: dict) -> PendingUpdate:
        """Queue an update of `kind` carrying `content`; returns it with its id."""
        update = PendingUpdate(self.next_id, kind, {"update_id": self.next_id, kind: content})
        self.next_id += 1
        self.pending.append(update)
        self.wake()
        return update

    def confirm_below(self, offset: int) -> None:
        """Forget the updates with ids lower than `offset`."""
        while self.pending and self.pending[0].update_id < offset:
            self.pending.popleft()

    def keep_last(self, count: int) -> None:
        """A negative getUpdates offset: forget all but the last `count` updates."""
        while len(self.pending) > count:
            self.pending.popleft()

    def take(self, limit: int) -> list[PendingUpdate]:
        """Up to `limit` of the oldest pending updates (they stay until confirmed)."""
        return [update for _, update in zip(range(limit), self.pending, strict=False)]

    def drop(self, update_id: int) -> None:
        """Forget one update (one that failed validation, so the bot is not stuck on it)."""
        self.pending = deque(u for u in self.pending if u.update_id != update_id)
        self.dropped += 1

    def drop_all(self) -> None:
        """Forget every pending update (drop_pending_updates)."""
        self.dropped += len(self.pending)
        self.pending.clear()

    def wake(self) -> None:
        """Wake every coroutine waiting for a change, from any thread."""
        loop = self._loop
        if loop is None:
            return
        try:
            loop.call_soon_threadsafe(self._signal)
        except RuntimeError:
            pass  # the loop has closed: the emulator stopped, nobody is waiting

    def _signal(self) -> None:
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()

    async def changed(self, seconds: float) -> None:
        """Wait (on the bound loop) until something changes or `seconds` pass."""
        if self._changed is None or seconds <= 0:
            return
        event = self._changed
        try:
            await asyncio.wait_for(event.wait(), seconds)
        except TimeoutError:
            return
