"""`kindly bench --e2e`: the whole bot measured through the local Bot API emulator.

- load: parents in `groups` class groups post at a fixed rate for a few seconds each step;
  a share of the messages breach the code. Latency is from the moment the emulator queued
  the parent's message to the moment the bot's reminder reached it (both stamped by the
  emulator's clock), so it covers long polling, scoring, the database and the reply.
- chaos: many messages across many groups with a share of the bot's Telegram calls failing
  (rate limits, server errors, timeouts, dropped connections); afterwards every breach must
  have exactly one incident and the bot must still be running.
Figures are printed, never asserted; docs/performance.md records them.
"""

import asyncio
import random
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from bot.bench import p50_p95
from bot.demo import demo_data
from bot.sandbox import Sandbox
from bot.scorers import build_offline_scorer
from models import store
from models.incident import Incident

if TYPE_CHECKING:
    from rich.console import Console

CLEAN = ["Does anyone know if it's PE tomorrow?", "Thanks for organising the cake sale!",
         "Is the school trip form due Friday?", "Lovely assembly this morning",
         "Has anyone seen a blue lunchbox? Freddie left his", "See you all at pick-up",
         "What time does the disco finish?", "Happy birthday to Olivia from all of us"]
BREACHES = ["Miss Baker is useless, she never replies to anything",
            "you lot are a bunch of idiots honestly",
            "Someone should give that Baker woman a good kicking",
            "Miss Baker's mobile is 07700 900382 if you want to ask her"]
# every call the bot makes while moderating, long polling included
CHAOS_METHODS = ("getUpdates", "sendMessage", "deleteMessage", "getChatMember", "getMe")
SCHOOL_DAY = datetime(2026, 11, 19, 10, 0, tzinfo=UTC)  # a Thursday, in school hours
CHAOS_KINDS = ("retry_after", "server_error", "bad_gateway", "timeout", "drop")


def _bench_sandbox(folder: Path, scorer: object) -> Sandbox:
    """The bot on a school day, cooldowns off, its clock running, generous settling time."""
    return Sandbox(folder, scorer=scorer, group_cooldown_seconds=0, member_cooldown_seconds=0,
                   start_at=SCHOOL_DAY, clock_runs=True, settle_timeout=300)


async def _setup(box: Sandbox, groups: int, parents: int) -> list[tuple[object, list]]:
    school_id = box.register_school(demo_data("school.yaml"), "hollybrook")
    chats = []
    for g in range(groups):
        people = [box.emu.create_user(f"Parent{g}_{p}") for p in range(parents)]
        chat = await box.linked_group(school_id, f"Class {g}", people[0], people[1:])
        chats.append((chat, people))
    return chats


async def _load_step(box: Sandbox, chats: list, rate: float, seconds: float,
                     breach_share: float, rng: random.Random) -> dict[str, float]:
    sent: list[tuple[object, bool]] = []
    interval = 1.0 / rate
    start = time.perf_counter()
    for i in range(int(rate * seconds)):
        due = start + i * interval
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        chat, people = chats[i % len(chats)]
        breach = rng.random() < breach_share
        text = rng.choice(BREACHES if breach else CLEAN)
        sent.append((box.emu.send_message(chat, rng.choice(people[1:]), f"{text} #{i}"), breach))
    await box.settle()
    elapsed = time.perf_counter() - start
    latencies = []
    for record, breach in sent:
        if not breach:
            continue
        replies = [m for m in box.emu.chat_log(record.chat_id)
                   if m.from_id == box.emu.bot.id and m.created >= record.created
                   and (m.reply_to_message_id == record.message_id or m.text.startswith(
                       "I removed a message"))]
        if replies:
            latencies.append((min(m.created for m in replies) - record.created) * 1000)
    p50, p95 = p50_p95(latencies)
    return {"target_msgs_per_s": rate, "achieved_msgs_per_s": len(sent) / elapsed,
            "messages": len(sent), "reminders": len(latencies),
            "p50_ms": p50, "p95_ms": p95,
            "max_ms": max(latencies) if latencies else float("nan")}


async def _run_load(rates: list[float], groups: int, seconds: float,
                    breach_share: float) -> list[dict[str, float]]:
    scorer = build_offline_scorer()
    with tempfile.TemporaryDirectory(prefix="kindly-bench-") as folder:
        async with _bench_sandbox(Path(folder), scorer) as box:
            chats = await _setup(box, groups, parents=4)
            rng = random.Random(7)  # noqa: S311 - reproducible load, not security
            await _load_step(box, chats, 5, 2, breach_share, rng)  # warm-up, not reported
            return [await _load_step(box, chats, rate, seconds, breach_share, rng)
                    for rate in rates]


def run_load(rates: list[float] | None = None, groups: int = 20, seconds: float = 10.0,
             breach_share: float = 0.1) -> list[dict[str, float]]:
    """Latency from a parent's message to the bot's reminder at increasing load."""
    return asyncio.run(_run_load(rates or [10, 25, 50, 100, 150], groups, seconds,
                                  breach_share))


async def _run_chaos(messages: int, groups: int, error_rate: float,
                     breach_share: float) -> dict[str, float]:
    scorer = build_offline_scorer()
    with tempfile.TemporaryDirectory(prefix="kindly-chaos-") as folder:
        async with _bench_sandbox(Path(folder), scorer) as box:
            chats = await _setup(box, groups, parents=3)
            rng = random.Random(11)  # noqa: S311 - reproducible load, not security
            box.emu.inject_random(rate=error_rate, kinds=CHAOS_KINDS, seed=5, delay=1.0,
                                  methods=CHAOS_METHODS)
            start = time.perf_counter()
            texts = []
            for i in range(messages):
                chat, people = chats[i % len(chats)]
                breach = rng.random() < breach_share
                texts.append(f"{rng.choice(BREACHES if breach else CLEAN)} #{i}")
                box.emu.send_message(chat, rng.choice(people[1:]), texts[-1])
                if i % 200 == 199:
                    await box.settle()
            await box.settle()
            elapsed = time.perf_counter() - start
            box.emu.inject_random(rate=0)
            expected_breaches = _breaches_by_engine(texts, scorer)
            replies = Counter((m.chat_id, m.reply_to_message_id)
                              for chat, _ in chats for m in box.emu.bot_messages(chat)
                              if m.reply_to_message_id)
            with box.db.session() as s:
                failed = store.failed_update_count(s, box.app.bot.id)
                incidents = s.scalar(select(func.count()).select_from(Incident))
                distinct = s.scalar(select(func.count()).select_from(
                    select(Incident.chat_id, Incident.message_id).distinct().subquery()))
            return {"messages": messages, "groups": groups, "error_rate": error_rate,
                    "errors_injected": len(box.emu.injected),
                    "breaches_expected": expected_breaches, "incidents": incidents,
                    "duplicated": incidents - distinct,
                    "messages_replied_to_twice": sum(1 for n in replies.values() if n > 1),
                    "lost": expected_breaches - distinct, "seconds": elapsed,
                    "updates_retried_waiting": failed[0], "updates_given_up": failed[1],
                    "bot_running": bool(box.app.running)}


def _breaches_by_engine(texts: list[str], scorer: object) -> int:
    """How many of the texts the engine itself finds in breach (what the bot must record)."""
    from bot.demo import demo_school
    from bot.loading import build_engine
    from rules.message import Message

    engine = build_engine(demo_school(), scorer)
    messages = [Message(text=t, id=str(i), sent_at=SCHOOL_DAY) for i, t in enumerate(texts)]
    return sum(1 for v in engine.score(messages) if v.breaches and not v.exempt)


def run_chaos(messages: int = 10_000, groups: int = 50, error_rate: float = 0.05,
              breach_share: float = 0.1) -> dict[str, float]:
    """Many messages with injected Telegram errors; counts lost and duplicated incidents."""
    return asyncio.run(_run_chaos(messages, groups, error_rate, breach_share))


def print_e2e(figures: dict[str, object], console: "Console | None" = None) -> None:
    """The end-to-end figures as tables."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    if "load" in figures:
        table = Table(title="kindly bench --e2e: parent's message to Kindly's reminder")
        for col in ("target msgs/s", "achieved", "messages", "reminders", "p50 ms", "p95 ms",
                    "max ms"):
            table.add_column(col, justify="right")
        for f in figures["load"]:
            table.add_row(f"{f['target_msgs_per_s']:.0f}", f"{f['achieved_msgs_per_s']:.1f}",
                          str(f["messages"]), str(f["reminders"]), f"{f['p50_ms']:.1f}",
                          f"{f['p95_ms']:.1f}", f"{f['max_ms']:.1f}")
        console.print(table)
    if "chaos" in figures:
        c = figures["chaos"]
        console.print(f"chaos: {c['messages']} messages, {c['groups']} groups, "
                      f"{c['errors_injected']} Telegram errors injected; the engine finds "
                      f"{c['breaches_expected']} breaches -> {c['incidents']} incidents; "
                      f"lost {c['lost']}, duplicated {c['duplicated']}, replied to twice "
                      f"{c['messages_replied_to_twice']}; "
                      f"bot running: {c['bot_running']}; {c['seconds']:.0f} s")
