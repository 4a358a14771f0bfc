"""What every handler needs: settings, the database, each school's engine and the scoring queue.

Built once at start (`post_init`), kept in `application.bot_data`, reached from a handler
with `services(context)`. Database work runs in a small thread pool so a slow disk never
blocks the event loop.
"""

import asyncio
import logging
import threading
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from sqlalchemy.orm import Session
from telegram.ext import ContextTypes

from bot.scoring_queue import ScoringQueue
from bot.settings import BotSettings
from models.database import Database
from rules.engine import Engine
from rules.rulebook import Rulebook
from rules.school import SchoolConfig
from rules.scorer import ToxicityScorer

log = logging.getLogger(__name__)
T = TypeVar("T")
BOT_DATA_KEY = "kindly"


@dataclass(frozen=True)
class SchoolRuntime:
    """A registered school as the bot uses it: its config, rulebook and engine."""

    id: int
    key: str
    config: SchoolConfig
    rulebook: Rulebook
    engine: Engine
    updated_at: datetime | None = None
    staff_usernames: frozenset[str] = frozenset()  # lower case, without the @


@dataclass
class StaffContactCounter:
    """How many messages each member addressed to staff in the last day (for `contact.frequent`).

    Kept in memory: after a restart the count starts again, which errs on the side of fewer
    reminders.
    """

    window: timedelta = timedelta(hours=24)
    _seen: dict[tuple[int, int], list[datetime]] = field(default_factory=lambda: defaultdict(list))

    def count_before(self, school_id: int, user_id: int, at: datetime) -> int:
        """Messages to staff in the window before `at`."""
        times = self._seen[(school_id, user_id)]
        times[:] = [t for t in times if at - self.window <= t]
        return sum(1 for t in times if t < at)

    def add(self, school_id: int, user_id: int, at: datetime) -> None:
        """Count one message to staff."""
        self._seen[(school_id, user_id)].append(at)


class Services:
    """Shared state for the handlers of one running bot."""

    def __init__(self, settings: BotSettings, db: Database, scorer: ToxicityScorer,
                 scorer_status: str, load_school: Callable[[int], SchoolRuntime],
                 clock: Callable[[], datetime] | None = None):
        self.settings = settings
        self.now: Callable[[], datetime] = clock or (lambda: datetime.now(UTC))
        self.db = db
        self.scorer = scorer
        self.scorer_status = scorer_status
        self._load_school = load_school
        self._schools: dict[int, SchoolRuntime] = {}
        self._schools_lock = threading.Lock()
        self._db_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="kindly-db")
        self.scoring = ScoringQueue(lambda sid: self.school(sid).engine,
                                    settings.scoring_batch_size)
        self.staff_contacts = StaffContactCounter()
        self._locks: dict[tuple[str, int], asyncio.Lock] = defaultdict(asyncio.Lock)

    def school(self, school_id: int) -> SchoolRuntime:
        """The school's runtime, built on first use (thread-safe)."""
        with self._schools_lock:
            if school_id not in self._schools:
                self._schools[school_id] = self._load_school(school_id)
            return self._schools[school_id]

    def forget_school(self, school_id: int) -> None:
        """Drop a cached school so its new config is read on next use."""
        with self._schools_lock:
            self._schools.pop(school_id, None)

    def cached_schools(self) -> dict[int, datetime | None]:
        """The schools built so far, with the registration time they were built from."""
        with self._schools_lock:
            return {sid: rt.updated_at for sid, rt in self._schools.items()}

    async def run_db(self, work: Callable[[Session], T]) -> T:
        """Run `work(session)` in one transaction on a database thread."""
        def in_session() -> T:
            with self.db.session() as session:
                return work(session)
        return await asyncio.get_running_loop().run_in_executor(self._db_pool, in_session)

    async def school_async(self, school_id: int) -> SchoolRuntime:
        """`school()` without blocking the loop the first time a school is built."""
        return await asyncio.get_running_loop().run_in_executor(
            self._db_pool, self.school, school_id)

    def chat_lock(self, chat_id: int) -> asyncio.Lock:
        """One lock per chat, so a group's messages are handled in the order they came."""
        return self._locks[("chat", chat_id)]

    def alert_lock(self, school_id: int) -> asyncio.Lock:
        """One lock per school, so two deliveries never send the same alert twice."""
        return self._locks[("alerts", school_id)]

    async def close(self) -> None:
        """Finish scoring and database work."""
        await self.scoring.stop()
        self._db_pool.shutdown(wait=True)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    """The running bot's services, from a handler's context."""
    return context.application.bot_data[BOT_DATA_KEY]
