"""`BotApiEmulator`: a local Telegram Bot API for tests, the demo and the end-to-end bench.

    emu = BotApiEmulator()
    emu.start()
    app = ApplicationBuilder().token(emu.token).base_url(emu.base_url).build()
    ...
    emu.stop()
"""

import asyncio
import datetime as dt
import random
import secrets
import time
from collections.abc import Callable
from pathlib import Path

from bot.emulator import faults
from bot.emulator.backend import Backend, Tamper
from bot.emulator.controls import ChatRef, ScenarioControls
from bot.emulator.faults import Injected, Injection, RandomFaults
from bot.emulator.model import Call, MessageRecord, User, Violation, WebhookAttempt
from bot.emulator.server import HOST, EmulatorServer
from bot.emulator.spec import load_spec
from bot.emulator.updates import UpdateQueue
from bot.emulator.world import World

BOT_ID = 7_000_000_001
POLL_INTERVAL = 0.005


class BotApiEmulator(ScenarioControls):
    """A Bot API server on 127.0.0.1 with an emulated Telegram behind it."""

    def __init__(self, spec_path: Path | str | None = None, bot_username: str = "kindly_test_bot",
                 can_read_all_group_messages: bool = True, bot_name: str = "Kindly") -> None:
        spec = load_spec(Path(spec_path) if spec_path is not None else None)
        update_kinds = frozenset(spec.types["Update"].fields) - {"update_id"}
        bot = User(BOT_ID, bot_name, None, bot_username, True)
        world = World(bot, can_read_all_group_messages, UpdateQueue(update_kinds))
        world.users[bot.id] = bot
        token = f"{BOT_ID}:{secrets.token_urlsafe(26)[:35]}"
        self._backend = Backend(spec, world, token)
        self._server = EmulatorServer(self._backend)

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Start the server thread; returns when it listens."""
        self._server.start()

    def stop(self) -> None:
        """Stop the server thread (safe to call twice)."""
        self._server.stop()

    def __enter__(self) -> "BotApiEmulator":
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """For `ApplicationBuilder().base_url(...)`: 'http://127.0.0.1:PORT/bot'."""
        if self._server.port is None:
            raise RuntimeError("the emulator is not running; call start() first")
        return f"http://{HOST}:{self._server.port}/bot"

    @property
    def token(self) -> str:
        """The bot's token."""
        return self._backend.token

    @property
    def bot(self) -> User:
        """The bot's own user."""
        return self._backend.world.bot

    # --- clock -----------------------------------------------------------------------------

    @property
    def now(self) -> dt.datetime:
        """The emulator's clock (UTC): real time unless set."""
        return self._backend.world.now()

    @now.setter
    def now(self, value: dt.datetime | None) -> None:
        if value is not None and value.tzinfo is None:
            raise ValueError("emulator.now must be timezone-aware, e.g. datetime(..., tzinfo=UTC)")
        with self._backend.lock:
            self._backend.world.clock = value

    def advance(self, seconds: float) -> dt.datetime:
        """Move the clock forward (freezing it if it ran in real time); returns the new time."""
        with self._backend.lock:
            world = self._backend.world
            world.clock = world.now() + dt.timedelta(seconds=seconds)
            return world.clock

    # --- observations ----------------------------------------------------------------------

    def chat_log(self, chat: ChatRef) -> list[MessageRecord]:
        """Every message of the chat in order, the bot's and deleted ones included."""
        with self._backend.lock:
            return list(self._backend.world.state(chat).messages)

    def bot_messages(self, chat: ChatRef) -> list[MessageRecord]:
        """The bot's messages in the chat that are still there."""
        bot_id = self.bot.id
        return [m for m in self.chat_log(chat) if m.from_id == bot_id and not m.deleted]

    def private_messages(self, user: User) -> list[MessageRecord]:
        """What the bot sent `user` privately (texts, keyboards, documents)."""
        with self._backend.lock:
            if user.id not in self._backend.world.chats:
                return []
        return self.bot_messages(user.id)

    def deleted_messages(self, chat: ChatRef) -> list[MessageRecord]:
        """The chat's deleted messages."""
        return [m for m in self.chat_log(chat) if m.deleted]

    def member_status(self, chat: ChatRef, user: User) -> str:
        """`user`'s status in the chat ('creator', 'member', 'left', ...)."""
        with self._backend.lock:
            world = self._backend.world
            return world.member(world.state(chat), user.id).status

    @property
    def calls(self) -> list[Call]:
        """Every request answered so far, in order."""
        return self._backend.calls

    def calls_to(self, method: str) -> list[Call]:
        """The calls of one method."""
        return [call for call in list(self._backend.calls) if call.method == method]

    @property
    def answered_callbacks(self) -> list[tuple[str, str | None, bool]]:
        """(callback_query_id, text, show_alert) for every answerCallbackQuery."""
        return self._backend.world.answered

    @property
    def violations(self) -> list[Violation]:
        """Requests and answers that broke the API description; must stay empty."""
        return self._backend.violations

    @property
    def injected(self) -> list[Injected]:
        """Failures answered on purpose."""
        return self._backend.injected

    @property
    def webhook_attempts(self) -> list[WebhookAttempt]:
        """Every POST of an update to the webhook, failed ones included."""
        return self._backend.webhook_attempts

    @property
    def pending_updates(self) -> int:
        """Updates queued and not yet confirmed by the bot."""
        with self._backend.lock:
            return len(self._backend.world.queue.pending)

    @property
    def issued_updates(self) -> int:
        """Updates queued for the bot so far, less those dropped unseen (drop_pending_updates,
        or refused by the checks): what a bot that handled everything has handled."""
        with self._backend.lock:
            queue = self._backend.world.queue
            return queue.next_id - queue.first_id - queue.dropped

    # --- failures and test hooks -----------------------------------------------------------

    def inject(self, method: str, error: str, times: int = 1, chat_id: int | None = None,
               **options: object) -> Injection:
        """Answer the next `times` calls of `method` (for `chat_id` only, if given) with `error`.

        `error` is one of `faults.KINDS`; options: retry_after=, migrate_to_chat_id=, delay=,
        applied= (timeouts only: carry the call out, then answer late).
        """
        self._check_method(method)
        faults.check_kind(error)
        injection = Injection(method, error, times, chat_id, dict(options))
        with self._backend.lock:
            self._backend.targeted.append(injection)
        return injection

    def inject_random(self, rate: float = 0.05,
                      kinds: tuple[str, ...] = (faults.RETRY_AFTER, faults.SERVER_ERROR),
                      seed: int = 1, methods: tuple[str, ...] | None = None,
                      **options: object) -> None:
        """Fail calls at random at `rate` (0 switches it off), reproducibly from `seed`.

        Without `methods`, every method except the start-up plumbing (`faults.PLUMBING`).
        """
        for kind in kinds:
            faults.check_kind(kind)
        for method in methods or ():
            self._check_method(method)
        chaos = RandomFaults(rate, tuple(kinds), frozenset(methods) if methods else None,
                             random.Random(seed), dict(options))  # noqa: S311 - not crypto
        with self._backend.lock:
            self._backend.chaos = chaos if rate > 0 else None

    def tamper(self, method: str, hook: Tamper | None) -> None:
        """Test hook: pass `method`'s result (or each webhook update, method 'webhook') through
        `hook` before it is checked and sent; None removes it."""
        with self._backend.lock:
            if hook is None:
                self._backend.tamper.pop(method, None)
            else:
                self._backend.tamper[method] = hook

    def _check_method(self, method: str) -> None:
        if method not in self._backend.spec.methods:
            raise ValueError(f"{method!r} is not a Bot API method")

    # --- waiting ---------------------------------------------------------------------------

    async def wait_for(
        self,
        predicate: Callable[[], object],
        timeout: float = 5.0,  # noqa: ASYNC109 - the documented API takes a timeout
    ) -> None:
        """Wait until `predicate()` is true; AssertionError after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(self._not_happened(predicate, timeout))
            await asyncio.sleep(POLL_INTERVAL)

    def wait_for_sync(self, predicate: Callable[[], object], timeout: float = 5.0) -> None:
        """Blocking `wait_for`, for synchronous code."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(self._not_happened(predicate, timeout))
            time.sleep(POLL_INTERVAL)

    def _not_happened(self, predicate: Callable[[], object], timeout: float) -> str:
        name = getattr(predicate, "__qualname__", repr(predicate))
        recent = ", ".join(
            f"{call.method}->{call.status}" + (f" ({call.description})" * bool(call.description))
            for call in list(self._backend.calls)[-8:]
        )
        lines = [
            f"condition {name} still false after {timeout:.1f}s",
            f"  last calls: {recent or 'none'}",
            f"  pending updates: {self.pending_updates}",
        ]
        if self._backend.violations:
            lines.append(f"  violations: {[str(v) for v in self._backend.violations[:5]]}")
        return "\n".join(lines)
