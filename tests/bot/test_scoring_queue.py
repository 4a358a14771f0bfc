"""The scoring queue: batches across groups, never blocks the loop, reports failures."""

import asyncio
import time

import pytest

from bot.scoring_queue import ScoringQueue
from rules.message import Message
from rules.verdict import Verdict


class SlowEngine:
    """Stands in for a slow model: takes `delay` seconds per batch, records batch sizes."""

    def __init__(self, delay: float = 0.05, fail: bool = False):
        self.delay = delay
        self.fail = fail
        self.batches: list[int] = []

    def score(self, messages: list[Message]) -> list[Verdict]:
        time.sleep(self.delay)
        if self.fail:
            raise RuntimeError("model crashed")
        self.batches.append(len(messages))
        return [Verdict(m.id) for m in messages]


async def test_each_message_gets_its_own_verdict_and_bursts_are_batched() -> None:
    engines = {1: SlowEngine(), 2: SlowEngine()}
    queue = ScoringQueue(lambda school: engines[school], batch_size=64)
    queue.start()
    jobs = [queue.score(1 + i % 2, Message(text="hi", id=f"m{i}")) for i in range(40)]
    verdicts = await asyncio.gather(*jobs)
    await queue.stop()
    assert [v.message_id for v in verdicts] == [f"m{i}" for i in range(40)]
    assert sum(engines[1].batches) == sum(engines[2].batches) == 20
    assert max(engines[1].batches) > 1  # the burst was not scored one by one


async def test_a_slow_model_does_not_block_the_event_loop() -> None:
    queue = ScoringQueue(lambda school: SlowEngine(delay=0.3), batch_size=8)
    queue.start()
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    ticker = asyncio.create_task(tick())
    await queue.score(1, Message(text="hi", id="m"))
    ticker.cancel()
    await queue.stop()
    assert ticks >= 15  # the loop kept running while the model worked for 0.3 s


async def test_a_failing_model_fails_the_waiting_handlers_not_the_queue() -> None:
    engines = {1: SlowEngine(fail=True), 2: SlowEngine()}
    queue = ScoringQueue(lambda school: engines[school])
    queue.start()
    with pytest.raises(RuntimeError, match="model crashed"):
        await queue.score(1, Message(text="hi", id="a"))
    assert (await queue.score(2, Message(text="hi", id="b"))).message_id == "b"
    await queue.stop()
