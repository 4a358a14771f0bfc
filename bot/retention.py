"""The scheduled retention job: purge evidence and closed cases past each school's period.

The job logs counts only. `add_purge_job` registers it with PTB's JobQueue to run daily;
the database work runs in a worker thread so the bot's event loop never waits on it.
"""

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, time
from typing import TYPE_CHECKING

from models.database import Database
from models.store import purge_expired

if TYPE_CHECKING:
    from telegram.ext import Job, JobQueue

log = logging.getLogger(__name__)

PURGE_JOB_NAME = "retention-purge"
# Early morning UTC: after the evening's messages, before the school day.
DEFAULT_PURGE_TIME = time(3, 15, tzinfo=UTC)


def purge_job(db: Database, now: datetime, dry_run: bool = False) -> dict[str, int]:
    """Purge everything past retention at every school; returns and logs the counts."""
    with db.session() as s:
        counts = purge_expired(s, now, dry_run=dry_run)
    log.info("retention purge%s: %s", " (dry run)" if dry_run else "",
             ", ".join(f"{kind}={n}" for kind, n in counts.items()))
    return counts


def add_purge_job(job_queue: "JobQueue", db: Database,
                  clock: Callable[[], datetime] | None = None,
                  at: time = DEFAULT_PURGE_TIME) -> "Job":
    """Run `purge_job` every day at `at` on a PTB JobQueue; returns the Job."""
    now = clock or (lambda: datetime.now(UTC))

    async def purge(_context: object) -> None:
        """Daily retention purge (counts only in the log)."""
        try:
            await asyncio.to_thread(purge_job, db, now())
        except Exception:
            log.exception("retention purge failed")

    return job_queue.run_daily(purge, at, name=PURGE_JOB_NAME)
