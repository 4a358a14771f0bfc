"""Failures on purpose: each surfaces in python-telegram-bot as the error a bot must handle."""

import time

import pytest
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import AIORateLimiter

from bot.emulator import BotApiEmulator, faults
from tests.emulator.helpers import builder

# PTB 22 warns, from inside RetryAfter itself, that its attribute will become a timedelta.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


def group_with_bot(emu: BotApiEmulator):
    sarah = emu.create_user("Sarah")
    group = emu.create_group("Year 3 Parents", creator=sarah)
    emu.add_bot(group, by=sarah, status="administrator", can_delete_messages=True)
    return sarah, group


@pytest.mark.asyncio
async def test_when_flood_control_hits_then_retry_after_and_the_rate_limiter_retries(
    emulator: BotApiEmulator,
) -> None:
    _, group = group_with_bot(emulator)
    emulator.inject("sendMessage", faults.RETRY_AFTER, retry_after=1)
    async with builder(emulator).build() as app:
        with pytest.raises(RetryAfter, match="Retry in 1 second"):
            await app.bot.send_message(group.id, "first try")
    assert emulator.bot_messages(group) == []

    emulator.inject("sendMessage", faults.RETRY_AFTER, retry_after=1)
    limited = builder(emulator).rate_limiter(AIORateLimiter(max_retries=2)).build()
    async with limited as app:
        started = time.monotonic()
        await app.bot.send_message(group.id, "second try")
        waited = time.monotonic() - started
    assert [m.text for m in emulator.bot_messages(group)] == ["second try"]
    assert waited >= 1.0
    assert [(i.method, i.kind) for i in emulator.injected] == [
        ("sendMessage", "retry_after"), ("sendMessage", "retry_after")
    ]
    assert [call.status for call in emulator.calls_to("sendMessage")] == [429, 429, 200]


@pytest.mark.asyncio
async def test_when_errors_are_injected_then_ptb_raises_the_matching_exception(
    emulator: BotApiEmulator,
) -> None:
    _, group = group_with_bot(emulator)
    emulator.inject("sendMessage", faults.KICKED)
    emulator.inject("sendMessage", faults.MIGRATED, migrate_to_chat_id=-1009876)
    emulator.inject("deleteMessage", faults.NOT_FOUND)
    emulator.inject("sendMessage", faults.SERVER_ERROR)
    async with builder(emulator).build() as app:
        with pytest.raises(Forbidden, match="bot was kicked from the group chat"):
            await app.bot.send_message(group.id, "a")
        with pytest.raises(ChatMigrated) as migrated:
            await app.bot.send_message(group.id, "b")
        with pytest.raises(BadRequest, match="Message to delete not found"):
            await app.bot.delete_message(group.id, 1)
        with pytest.raises(NetworkError, match="Internal Server Error"):
            await app.bot.send_message(group.id, "c")
        await app.bot.send_message(group.id, "d")
    assert migrated.value.new_chat_id == -1009876
    assert [m.text for m in emulator.bot_messages(group)] == ["d"]
    assert not emulator.chat_log(group)[0].deleted


@pytest.mark.asyncio
async def test_when_injection_names_a_chat_then_other_chats_are_untouched(
    emulator: BotApiEmulator,
) -> None:
    sarah, group = group_with_bot(emulator)
    other = emulator.create_group("Year 4", creator=sarah)
    emulator.add_bot(other, by=sarah)
    emulator.inject("sendMessage", faults.BLOCKED, times=2, chat_id=other.id)
    async with builder(emulator).build() as app:
        await app.bot.send_message(group.id, "fine")
        for _ in range(2):
            with pytest.raises(Forbidden, match="bot was blocked by the user"):
                await app.bot.send_message(other.id, "refused")
        await app.bot.send_message(other.id, "fine again")
    assert [m.text for m in emulator.bot_messages(other)] == ["fine again"]


@pytest.mark.asyncio
async def test_when_answer_is_late_then_timed_out_and_maybe_sent_anyway(
    emulator: BotApiEmulator,
) -> None:
    _, group = group_with_bot(emulator)
    emulator.inject("sendMessage", faults.TIMEOUT, delay=1.0)
    emulator.inject("sendMessage", faults.TIMEOUT, delay=1.0, applied=True)
    async with builder(emulator).read_timeout(0.3).build() as app:
        with pytest.raises(TimedOut):
            await app.bot.send_message(group.id, "lost")
        with pytest.raises(TimedOut):
            await app.bot.send_message(group.id, "sent, but the answer was lost")
    assert [m.text for m in emulator.bot_messages(group)] == ["sent, but the answer was lost"]


@pytest.mark.asyncio
async def test_when_connection_drops_then_network_error(emulator: BotApiEmulator) -> None:
    _, group = group_with_bot(emulator)
    emulator.inject("sendMessage", faults.DROP)
    async with builder(emulator).build() as app:
        with pytest.raises(NetworkError):
            await app.bot.send_message(group.id, "dropped")
        await app.bot.send_message(group.id, "next one")
    assert [m.text for m in emulator.bot_messages(group)] == ["next one"]


async def _chaos_run(emu: BotApiEmulator, seed: int) -> list[str]:
    _, group = group_with_bot(emu)
    emu.inject_random(rate=0.3, kinds=(faults.RETRY_AFTER, faults.SERVER_ERROR), seed=seed)
    outcomes = []
    async with builder(emu).build() as app:
        for number in range(40):
            try:
                await app.bot.send_message(group.id, f"m{number}")
                outcomes.append("ok")
            except RetryAfter:
                outcomes.append("429")
            except NetworkError:
                outcomes.append("500")
    emu.inject_random(rate=0)
    return outcomes


@pytest.mark.asyncio
async def test_when_random_failures_use_a_seed_then_runs_repeat_exactly(make_emulator) -> None:
    first = await _chaos_run(make_emulator(), seed=7)
    second = await _chaos_run(make_emulator(), seed=7)
    other = await _chaos_run(make_emulator(), seed=8)
    assert first == second
    assert first != other
    assert 4 <= first.count("429") + first.count("500") <= 24


def test_when_injection_is_misspelt_then_error_lists_what_exists(emulator: BotApiEmulator) -> None:
    with pytest.raises(ValueError, match="use one of: retry_after"):
        emulator.inject("sendMessage", "flood")
    with pytest.raises(ValueError, match="not a Bot API method"):
        emulator.inject("sendMesage", faults.RETRY_AFTER)
