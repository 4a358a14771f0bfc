"""Score a stream of message batches with the school's engine, in order.

`InProcess` scores in this process. `WorkerPool` hands batches to worker processes that
each build their own engine (spawned, so each loads only what scoring needs), keeping a
few batches in flight so memory stays flat, and gives the verdicts back in chat order.
"""

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from bot.replay.lean import torch_hidden
from rules.engine import Engine
from rules.message import Message
from rules.verdict import Verdict

BATCH_SIZE = 256
B = TypeVar("B")


@dataclass(frozen=True)
class EngineSpec:
    """How to build the engine: what `kindly replay` was given."""

    school: Path
    rulebook: str | None = None
    scorer: str | None = None


def load_engine(spec: EngineSpec) -> tuple[Engine, str]:
    """The school's engine and a one-line description of its toxicity scorer."""
    from bot.scorers import ScorerSettings, build_scorer

    settings = ScorerSettings.from_env()
    if spec.scorer:
        settings = settings.with_backend(spec.scorer)
    with torch_hidden(settings.backend == "offline"):
        from bot.loading import build_engine, read_rulebook, read_school

        school = read_school(spec.school)
        rulebook = read_rulebook(spec.rulebook) if spec.rulebook else None
        scorer, status = build_scorer(settings)
        return build_engine(school, scorer, rulebook), status


class Scoring(Protocol):
    """Scores batches; each batch pairs something of the caller's with a message."""

    def run(self, batches: Iterable[list[tuple[B, Message]]],
            ) -> Iterator[tuple[list[tuple[B, Message]], list[Verdict]]]: ...

    def close(self) -> None: ...


class InProcess:
    """Scores with an engine in this process."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def run(self, batches: Iterable[list[tuple[B, Message]]],
            ) -> Iterator[tuple[list[tuple[B, Message]], list[Verdict]]]:
        """Each batch with its verdicts, in order."""
        for batch in batches:
            yield batch, self.engine.score([m for _, m in batch])

    def close(self) -> None:
        """Nothing to release."""


_worker_engine: Engine | None = None


def _start_worker(spec: EngineSpec) -> None:
    global _worker_engine
    _worker_engine, _ = load_engine(spec)


def _score(messages: list[Message]) -> list[Verdict]:
    assert _worker_engine is not None
    return _worker_engine.score(messages)


class WorkerPool:
    """Scores in `workers` spawned processes, at most two batches each in flight."""

    def __init__(self, spec: EngineSpec, workers: int):
        context = multiprocessing.get_context("spawn")
        self._pool = context.Pool(workers, _start_worker, (spec,))
        self._in_flight = 2 * workers

    def run(self, batches: Iterable[list[tuple[B, Message]]],
            ) -> Iterator[tuple[list[tuple[B, Message]], list[Verdict]]]:
        """Each batch with its verdicts, in order."""
        pending: deque = deque()
        for batch in batches:
            pending.append((batch, self._pool.apply_async(_score, ([m for _, m in batch],))))
            if len(pending) >= self._in_flight:
                done, result = pending.popleft()
                yield done, result.get()
        while pending:
            done, result = pending.popleft()
            yield done, result.get()

    def close(self) -> None:
        """Stop the workers."""
        self._pool.close()
        self._pool.join()
