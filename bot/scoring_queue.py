"""Score messages off the event loop, in batches, so a slow model never stalls other groups.

Handlers `await queue.score(school_id, message)`. One worker task takes whatever has queued
up (up to the batch size), groups it by school, and runs each school's engine in a single
worker thread. Under light load a batch is one message and nothing waits; under a burst the
engine gets a batch, which is what it is fastest at.
"""

import asyncio
import logging
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from rules.engine import Engine
from rules.message import Message
from rules.verdict import Verdict

log = logging.getLogger(__name__)


@dataclass
class _Job:
    school_id: int
    message: Message
    future: asyncio.Future[Verdict]
    queued_at: float = field(default_factory=time.perf_counter)


class ScoringQueue:
    """Batches messages to each school's engine in one background thread."""

    def __init__(self, engine_for: Callable[[int], Engine], batch_size: int = 64):
        self._engine_for = engine_for
        self._batch_size = batch_size
        self._queue: asyncio.Queue[_Job] = asyncio.Queue()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kindly-score")
        self._worker: asyncio.Task[None] | None = None
        self.batches = 0
        self.scored = 0

    def start(self) -> None:
        """Start the worker task on the running loop."""
        if self._worker is None:
            self._worker = asyncio.get_running_loop().create_task(self._run(), name="scoring")

    async def stop(self) -> None:
        """Finish queued work, then stop the worker and its thread."""
        if self._worker is not None:
            await self._queue.join()
            self._worker.cancel()
            await asyncio.gather(self._worker, return_exceptions=True)
            self._worker = None
        self._executor.shutdown(wait=True)

    async def score(self, school_id: int, message: Message) -> Verdict:
        """The engine's verdict on one message (batched with whatever else is waiting)."""
        if self._worker is None:
            self.start()
        future: asyncio.Future[Verdict] = asyncio.get_running_loop().create_future()
        await self._queue.put(_Job(school_id, message, future))
        return await future

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            jobs = [await self._queue.get()]
            while len(jobs) < self._batch_size and not self._queue.empty():
                jobs.append(self._queue.get_nowait())
            try:
                await loop.run_in_executor(self._executor, self._score_batch, jobs)
            finally:
                for _ in jobs:
                    self._queue.task_done()

    def _score_batch(self, jobs: list[_Job]) -> None:
        """Runs in the worker thread: one engine call per school in the batch."""
        by_school: dict[int, list[_Job]] = defaultdict(list)
        for job in jobs:
            by_school[job.school_id].append(job)
        self.batches += 1
        for school_id, group in by_school.items():
            try:
                verdicts = self._engine_for(school_id).score([j.message for j in group])
            except Exception as e:  # noqa: BLE001 - every waiting handler must hear of it
                log.exception("scoring failed for school %s (%d messages)", school_id, len(group))
                for job in group:
                    _resolve(job.future, error=e)
                continue
            self.scored += len(group)
            for job, verdict in zip(group, verdicts, strict=True):
                _resolve(job.future, verdict=verdict)


def _resolve(future: asyncio.Future[Verdict], verdict: Verdict | None = None,
             error: Exception | None = None) -> None:
    """Hand a result back to the event loop that is waiting for it."""
    loop = future.get_loop()

    def settle() -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(verdict)

    loop.call_soon_threadsafe(settle)
