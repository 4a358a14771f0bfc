"""A sandbox: the real bot and a local Bot API emulator, for the demo, tests and benchmarks."""

import asyncio
import socket
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.emulator import BotApiEmulator
from bot.runner import running_bot
from bot.scorers import build_offline_scorer
from bot.settings import load_settings
from models import store
from models.database import Database
from models.processed_update import ProcessedUpdate
from rules.school import load_school
from rules.scorer import ToxicityScorer

SETTLE_TIMEOUT = 20.0


class Sandbox:
    """The real bot running against the local Bot API emulator, on its own database.

    Used by `kindly demo`, the end-to-end tests and `kindly bench --e2e`. The bot's clock
    and the emulator's message dates both follow `sandbox.now`, so a test can play a day.
    """

    def __init__(self, folder: Path, *, database_url: str | None = None,
                 scorer: ToxicityScorer | None = None, mode: str = "polling",
                 start_at: datetime | None = None, clock_runs: bool = False,
                 settle_timeout: float = SETTLE_TIMEOUT, **settings: object):
        self.folder = folder
        self.emu = BotApiEmulator()
        self._set_at = start_at or datetime(2026, 11, 19, 7, 0, tzinfo=UTC)
        self._set_when = time.monotonic()
        self._clock_runs = clock_runs
        self.settle_timeout = settle_timeout
        self._database_url = database_url
        self._scorer = scorer
        self._mode = mode
        self._settings = settings
        self._bot_cm = None
        self.app = None
        self.db: Database | None = None

    async def __aenter__(self) -> "Sandbox":
        await self.start()
        return self

    async def __aexit__(self, exc_type: object, *exc: object) -> None:
        violations = list(self.emu.violations)
        await self.stop()
        if violations and exc_type is None:
            raise AssertionError("the bot made requests the Bot API would refuse: "
                                 + "; ".join(str(v) for v in violations[:5]))

    async def start(self) -> None:
        """Start the emulator and the real bot against it."""
        self.emu.start()
        self.emu.now = self.now
        extra: dict[str, object] = {}
        if self._mode == "webhook":
            port = free_port()
            extra = {"mode": "webhook", "webhook_port": port, "webhook_listen": "127.0.0.1",
                     "webhook_url": f"http://127.0.0.1:{port}/telegram",
                     "webhook_secret": "sandbox-webhook-secret"}
        settings = load_settings(
            environ={}, token=self.emu.token, api_base_url=self.emu.base_url,
            data_dir=str(self.folder), database_url=self._database_url,
            **extra, **self._settings)
        self.settings = settings
        self._scorer = self._scorer or build_offline_scorer()
        await self._start_bot()
        self.db = Database(settings.effective_database_url)

    async def _start_bot(self) -> None:
        self._bot_cm = running_bot(self.settings, scorer=self._scorer, clock=lambda: self.now,
                                   poll_timeout=1)
        self.app = await self._bot_cm.__aenter__()

    async def restart_bot(self, at: datetime | None = None) -> None:
        """Stop the bot (the emulator and database stay), move the clock, start it again."""
        await self._bot_cm.__aexit__(None, None, None)
        if at is not None:
            self.at(at)
        await self._start_bot()

    async def stop(self) -> None:
        """Stop the bot, then the emulator."""
        try:
            if self._bot_cm is not None:
                await self._bot_cm.__aexit__(None, None, None)
        finally:
            if self.db is not None:
                self.db.dispose()
            self.emu.stop()

    @property
    def now(self) -> datetime:
        """The shared clock: frozen where the test set it, or running on from there."""
        if not self._clock_runs:
            return self._set_at
        return self._set_at + timedelta(seconds=time.monotonic() - self._set_when)

    def at(self, when: datetime) -> None:
        """Move the shared clock (bot and emulator) to `when`."""
        self._set_at, self._set_when = when, time.monotonic()
        self.emu.now = when

    def register_school(self, school_yaml: str, key: str) -> int:
        """Register a school as `kindly school add` does; returns its id."""
        config = load_school(school_yaml, f"{key}.yaml")
        with self.db.session() as s:
            return store.register_school(
                s, key=key, name=config.school, config_yaml=school_yaml,
                rulebook_id=config.rulebook, rulebook_version="sandbox",
                timezone=config.timezone, now=self.now).id

    def code(self, school_id: int, purpose: str) -> str:
        """A one-time code (group link or reviewer invite) for the school."""
        with self.db.session() as s:
            return store.issue_code(s, school_id, purpose, self.now)

    async def linked_group(self, school_id: int, title: str, admin: object,
                           members: list[object], *, can_delete: bool = True,
                           supergroup: bool = True) -> object:
        """A class group with the bot in it, linked to the school by its admin."""
        chat = self.emu.create_group(title, creator=admin, members=members,
                                     supergroup=supergroup)
        self.emu.add_bot(chat, by=admin, status="administrator" if can_delete else "member",
                         can_delete_messages=can_delete)
        await self.settle()
        self.emu.send_command(chat, admin, f"/link {self.code(school_id, 'group_link')}")
        await self.settle()
        return chat

    async def reviewer(self, school_id: int, user: object, role: str) -> None:
        """The reviewer opens their invite: /start CODE in a private chat with the bot."""
        self.emu.send_private(user, f"/start {self.code(school_id, f'reviewer:{role}')}")
        await self.settle()

    async def settle(self) -> None:
        """Wait until the bot has handled every update the emulator delivered."""
        emitted = self.emu.issued_updates
        deadline = asyncio.get_running_loop().time() + self.settle_timeout
        while True:
            with self.db.session() as s:
                done = s.scalar(select(func.count()).select_from(ProcessedUpdate))
            if done >= emitted:
                return
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"the bot handled {done} of {emitted} updates in "
                                   f"{self.settle_timeout:.0f} s")
            await asyncio.sleep(0.02)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing is listening on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
