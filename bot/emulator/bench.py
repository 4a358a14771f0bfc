"""How fast the emulator answers python-telegram-bot: `python -m bot.emulator.bench`.

Two figures: sendMessage round trips per second from a PTB `Bot` (one at a time, and several
in flight), and the time from a person's message to a PTB application's reply while messages
arrive at a steady rate across many groups (the shape of `kindly bench --e2e`).
"""

import asyncio
import time
from dataclasses import dataclass

from telegram import Bot, Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters
from telegram.request import HTTPXRequest

from bot.bench import p50_p95
from bot.emulator.emulator import BotApiEmulator


@dataclass(frozen=True)
class SendRate:
    """sendMessage round trips per second at one concurrency."""

    concurrency: int
    calls: int
    per_second: float


@dataclass(frozen=True)
class EchoLatency:
    """Message-to-reply times of an echo bot under a steady load."""

    messages: int
    groups: int
    rate: float
    p50_ms: float
    p95_ms: float
    max_ms: float


async def measure_send_rate(calls: int = 500, concurrency: int = 1) -> SendRate:
    """Round trips per second of `calls` sendMessage calls, `concurrency` at a time."""
    with BotApiEmulator() as emu:
        owner = emu.create_user("Owner")
        group = emu.create_group("Bench", creator=owner)
        emu.add_bot(group, by=owner)
        request = HTTPXRequest(connection_pool_size=max(concurrency, 1))
        async with Bot(emu.token, base_url=emu.base_url, request=request) as bot:
            await bot.send_message(group.id, "warm-up")
            started = time.perf_counter()
            per_worker = calls // concurrency

            async def worker() -> None:
                for number in range(per_worker):
                    await bot.send_message(group.id, f"message {number}")

            await asyncio.gather(*(worker() for _ in range(concurrency)))
            elapsed = time.perf_counter() - started
        if emu.violations:
            raise AssertionError(f"violations during the bench: {emu.violations[:3]}")
    done = per_worker * concurrency
    return SendRate(concurrency, done, done / elapsed)


async def _reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply to every text message."""
    await update.effective_message.reply_text("noted")


async def measure_echo_latency(messages: int = 300, groups: int = 20,
                               rate: float = 50.0) -> EchoLatency:
    """Message-to-reply times while `rate` messages a second arrive across `groups` groups."""
    with BotApiEmulator() as emu:
        owner = emu.create_user("Owner")
        chats = [emu.create_group(f"Class {n}", creator=owner) for n in range(groups)]
        for chat in chats:
            emu.add_bot(chat, by=owner)
        app: Application = ApplicationBuilder().token(emu.token).base_url(emu.base_url).build()
        app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _reply))
        sent = []
        async with app:
            await app.start()
            await app.updater.start_polling(timeout=10)
            started = time.perf_counter()
            for number in range(messages):
                await asyncio.sleep(max(0.0, started + number / rate - time.perf_counter()))
                sent.append(emu.send_message(chats[number % groups], owner, f"hello {number}"))
            await emu.wait_for(
                lambda: sum(len(emu.bot_messages(chat)) for chat in chats) >= messages,
                timeout=30,
            )
            await app.updater.stop()
            await app.stop()
        latencies = _latencies(emu, chats, sent)
        if emu.violations:
            raise AssertionError(f"violations during the bench: {emu.violations[:3]}")
    p50, p95 = p50_p95(latencies)
    return EchoLatency(messages, groups, rate, p50, p95, max(latencies))


def _latencies(emu: BotApiEmulator, chats: list, sent: list) -> list[float]:
    replies = {}
    for chat in chats:
        for reply in emu.bot_messages(chat):
            replies[(chat.id, reply.reply_to_message_id)] = reply.created
    return [
        (replies[(message.chat_id, message.message_id)] - message.created) * 1000
        for message in sent
    ]


def main() -> None:
    """Print the figures."""
    for concurrency in (1, 8):
        figure = asyncio.run(measure_send_rate(500, concurrency))
        print(f"sendMessage round trips from PTB, {concurrency} in flight: "  # noqa: T201
              f"{figure.per_second:.0f}/s ({figure.calls} calls)")
    echo = asyncio.run(measure_echo_latency())
    print(f"message -> reply, {echo.messages} messages at {echo.rate:.0f}/s across "  # noqa: T201
          f"{echo.groups} groups: p50 {echo.p50_ms:.1f} ms, p95 {echo.p95_ms:.1f} ms, "
          f"max {echo.max_ms:.1f} ms")


if __name__ == "__main__":
    main()
