"""Helpers for driving the emulator with a real python-telegram-bot application."""

import contextlib
import socket
from collections.abc import AsyncIterator

from telegram import Update
from telegram.ext import Application, ApplicationBuilder

from bot.emulator import BotApiEmulator


def builder(emu: BotApiEmulator) -> ApplicationBuilder:
    """An ApplicationBuilder pointed at the emulator."""
    return ApplicationBuilder().token(emu.token).base_url(emu.base_url)


@contextlib.asynccontextmanager
async def polling(app: Application, **options: object) -> AsyncIterator[Application]:
    """Run `app` with long polling for the duration of the block."""
    options.setdefault("allowed_updates", Update.ALL_TYPES)
    async with app:
        await app.start()
        await app.updater.start_polling(**options)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
