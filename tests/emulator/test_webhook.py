"""Webhook delivery to a real python-telegram-bot webhook server (tornado)."""

import contextlib
from collections.abc import AsyncIterator

import pytest
from telegram import Update
from telegram.error import BadRequest, Conflict
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.emulator import BotApiEmulator
from tests.emulator.helpers import builder, free_port

SECRET = "kindly-webhook-secret_1"


@contextlib.asynccontextmanager
async def webhook(app: Application, port: int) -> AsyncIterator[Application]:
    """Run `app` with PTB's webhook server on `port`, registered with setWebhook."""
    async with app:
        await app.start()
        await app.updater.start_webhook(
            listen="127.0.0.1", port=port, url_path="telegram",
            webhook_url=f"http://127.0.0.1:{port}/telegram", secret_token=SECRET,
            allowed_updates=Update.ALL_TYPES,
        )
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()


def class_group(emu: BotApiEmulator):
    sarah = emu.create_user("Sarah")
    group = emu.create_group("Year 3 Parents", creator=sarah)
    emu.add_bot(group, by=sarah)
    return sarah, group


def text_recorder(app: Application) -> list[str]:
    received: list[str] = []

    async def record(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        received.append(update.message.text)

    app.add_handler(MessageHandler(filters.TEXT, record))
    return received


@pytest.mark.asyncio
async def test_when_webhook_is_set_then_updates_arrive_in_order_with_the_secret(
    emulator: BotApiEmulator,
) -> None:
    app = builder(emulator).build()
    received = text_recorder(app)
    port = free_port()
    async with webhook(app, port):
        # Only now: PTB calls setWebhook just before its server listens, so an update queued
        # earlier may meet a refused connection once (and be retried).
        sarah, group = class_group(emulator)
        for number in range(20):
            emulator.send_message(group, sarah, f"note {number}")
        await emulator.wait_for(lambda: len(received) == 20)
        info = await app.bot.get_webhook_info()
        with pytest.raises(Conflict, match="can't use getUpdates method while webhook is active"):
            await app.bot.get_updates()
    assert received == [f"note {number}" for number in range(20)]
    assert info.url == f"http://127.0.0.1:{port}/telegram"
    assert info.pending_update_count == 0 and info.last_error_message is None
    # PTB's server answers 403 to a request without the right secret, so every 200 proves it.
    assert {attempt.status for attempt in emulator.webhook_attempts} == {200}


@pytest.mark.asyncio
async def test_when_webhook_is_down_then_delivery_is_retried_until_it_answers(
    emulator: BotApiEmulator,
) -> None:
    sarah, group = class_group(emulator)
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    async with builder(emulator).build() as setup:
        await setup.bot.set_webhook(url, secret_token=SECRET)
        emulator.send_message(group, sarah, "waiting for the bot")
        await emulator.wait_for(lambda: len(emulator.webhook_attempts) >= 3)
        info = await setup.bot.get_webhook_info()
    assert info.last_error_message == "Connection refused"
    assert info.pending_update_count == 3  # my_chat_member, the service message, the text

    app = builder(emulator).build()
    received = text_recorder(app)
    async with webhook(app, port):
        await emulator.wait_for(lambda: received == ["waiting for the bot"], timeout=10)
    assert emulator.webhook_attempts[0].error == "Connection refused"
    assert emulator.webhook_attempts[-1].status == 200


@pytest.mark.asyncio
async def test_when_webhook_url_is_not_https_elsewhere_then_it_is_refused(
    emulator: BotApiEmulator,
) -> None:
    async with builder(emulator).build() as app:
        with pytest.raises(BadRequest, match="an https url must be provided for webhook"):
            await app.bot.set_webhook("http://example.org/hook")
        with pytest.raises(BadRequest, match="Secret token contains unallowed characters"):
            await app.bot.set_webhook("https://example.org/hook", secret_token="not secret!")
        assert await app.bot.delete_webhook()
        assert (await app.bot.get_webhook_info()).url == ""
