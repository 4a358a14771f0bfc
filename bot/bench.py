"""`kindly bench`: throughput and single-message latency of each scoring configuration.

- rule_layer: every rule-based detector, toxicity scores fixed at zero, no learned backstop
  (no model at all).
- offline: the offline toxicity scorer, the learned backstop and every detector: what runs
  without Detoxify.
- detoxify_base: Detoxify's real code path on a randomly initialised bert-base-sized
  checkpoint built locally (inference cost does not depend on the weights' values).

The rule and offline layers are measured pinned to one CPU core. Figures are printed, not
asserted: performance is measured, then written down in docs/performance.md.
"""

import logging
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.table import Table

from rules.engine import Engine
from rules.message import Message
from rules.scorer import NullScorer, ToxicityScorer

log = logging.getLogger(__name__)
BATCH = 64


def sample_messages(n: int) -> list[Message]:
    """`n` messages cycled from the demo conversation, made distinct by a counter."""
    from bot.demo import read_conversation

    base = [line.text for line in read_conversation()]
    return [Message(text=f"{base[i % len(base)]} ({i})", id=str(i)) for i in range(n)]


@contextmanager
def one_core() -> Iterator[None]:
    """Pin this process to a single CPU while measuring, where the OS allows it."""
    if not hasattr(os, "sched_getaffinity"):
        yield
        return
    before = os.sched_getaffinity(0)
    try:
        os.sched_setaffinity(0, {min(before)})
        yield
    finally:
        os.sched_setaffinity(0, before)


def measure(engine: Engine, messages: list[Message], latency_samples: int) -> dict[str, float]:
    """Batched throughput and one-at-a-time latency (p50, p95) for an engine."""
    engine.score(messages[:2])  # warm-up: lazy model loads, caches
    started = time.perf_counter()
    for i in range(0, len(messages), BATCH):
        engine.score(messages[i:i + BATCH])
    elapsed = time.perf_counter() - started
    latencies = []
    for msg in messages[:latency_samples]:
        t = time.perf_counter()
        engine.score([msg])
        latencies.append((time.perf_counter() - t) * 1000)
    p50, p95 = p50_p95(latencies)
    return {"msgs_per_s": round(len(messages) / elapsed, 1), "p50_ms": round(p50, 2),
            "p95_ms": round(p95, 2), "messages": len(messages)}


def p50_p95(values: list[float]) -> tuple[float, float]:
    """The median and 95th percentile (NaN for no values)."""
    if not values:
        return float("nan"), float("nan")
    q = statistics.quantiles(values, n=100) if len(values) > 1 else values * 99
    return q[49], q[94]


def _engine(scorer: ToxicityScorer, learned: bool = True) -> Engine:
    from bot.demo import demo_school
    from bot.loading import build_engine

    return build_engine(demo_school(), scorer, learned=learned)


def _detoxify_scorer(folder: Path) -> ToxicityScorer:
    from bot.bench_checkpoint import build_random_checkpoint
    from bot.scorers import DetoxifyScorer

    checkpoint, config_dir = build_random_checkpoint(folder, "base")
    return DetoxifyScorer(checkpoint=checkpoint, config_dir=config_dir)


def run_bench(n: int = 2000, include_detoxify: bool = True,
              progress: Callable[[str], None] | None = None) -> dict[str, dict[str, float]]:
    """Measure each configuration and return the figures keyed by configuration name."""
    from bot.scorers import build_offline_scorer

    say = progress or (lambda text: log.info("%s", text))
    messages = sample_messages(n)
    figures: dict[str, dict[str, float]] = {}
    with one_core():
        say("rule layer ...")
        figures["rule_layer"] = measure(_engine(NullScorer(), learned=False), messages, 300)
        say("offline configuration ...")
        figures["offline"] = measure(_engine(build_offline_scorer()), messages, 300)
    if include_detoxify:
        say("Detoxify, random bert-base checkpoint (builds it first, ~1 min) ...")
        cache = Path(os.environ.get("KINDLY_BENCH_DIR", tempfile.gettempdir())) / "kindly-bench"
        engine = _engine(_detoxify_scorer(cache))
        figures["detoxify_base"] = measure(engine, messages[:256], 40)
    return figures


def print_bench(figures: dict[str, dict[str, float]], console: Console | None = None) -> None:
    """The figures as a table."""
    console = console or Console()
    table = Table(title="kindly bench")
    for col in ("configuration", "msgs/s", "p50 ms", "p95 ms", "messages"):
        table.add_column(col, justify="left" if col == "configuration" else "right")
    for name, f in figures.items():
        table.add_row(name, f"{f['msgs_per_s']:.1f}", f"{f['p50_ms']:.2f}", f"{f['p95_ms']:.2f}",
                      str(int(f["messages"])))
    console.print(table)
    console.print(f"[dim]cpu: {os.cpu_count()} cores; rule layer and offline pinned to one[/]")
