"""The emulator's HTTP server, on 127.0.0.1 at a free port, in its own thread and event loop.

Its own thread keeps it independent of the caller: a synchronous test, the demo, and a bot's
asyncio loop in the main thread can all talk to it.
"""

import asyncio
import contextlib
import logging
import threading
from functools import partial

from aiohttp import web

from bot.emulator.backend import Backend
from bot.emulator.dispatch import handle
from bot.emulator.webhook import deliver_forever

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
START_TIMEOUT = 10.0
SHUTDOWN_TIMEOUT = 1.0  # for requests still being answered when the emulator stops
MAX_UPLOAD = 60 * 1024 * 1024


class EmulatorServer:
    """Runs the Bot API routes and the webhook sender until stopped."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.port: int | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stopping: asyncio.Event | None = None
        self._failure: BaseException | None = None

    def start(self) -> None:
        """Start the thread and wait until the server listens.

        Raises:
            RuntimeError: if it is already running or could not start.
        """
        if self._thread is not None:
            raise RuntimeError("the emulator is already running; call stop() first")
        self._ready.clear()
        self._thread = threading.Thread(target=self._run, name="bot-api-emulator", daemon=True)
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT) or self._failure is not None:
            self._thread = None
            raise RuntimeError(f"the Bot API emulator did not start: {self._failure!r}")

    def stop(self) -> None:
        """Stop serving and wait for the thread to end (safe to call twice)."""
        thread, loop = self._thread, self.loop
        if thread is None or loop is None:
            return
        if self._stopping is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._stopping.set)
        thread.join(START_TIMEOUT)
        self._thread = None
        self.port = None

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self.loop = loop
        try:
            loop.run_until_complete(self._serve())
        except BaseException as e:  # noqa: BLE001 - reported to start() and re-raised there
            self._failure = e
            self._ready.set()
        finally:
            loop.close()

    async def _serve(self) -> None:
        self._stopping = asyncio.Event()
        self.backend.closing = False
        self.backend.world.queue.bind(asyncio.get_running_loop())
        app = web.Application(client_max_size=MAX_UPLOAD)
        app.router.add_route("*", "/bot{token}/{method}", partial(handle, self.backend))
        # Cancelling a handler when its client goes away ends abandoned long polls at once.
        runner = web.AppRunner(
            app, handler_cancellation=True, access_log=None, shutdown_timeout=SHUTDOWN_TIMEOUT
        )
        await runner.setup()
        site = web.TCPSite(runner, HOST, 0)
        await site.start()
        self.port = runner.addresses[0][1]
        sender = asyncio.create_task(deliver_forever(self.backend, self._stopping))
        log.info("Bot API emulator listening on port %s", self.port)
        self._ready.set()
        try:
            await self._stopping.wait()
        finally:
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sender
            # Waiting long polls answer (with what they have) instead of holding the shutdown.
            self.backend.closing = True
            self.backend.world.queue.wake()
            await runner.cleanup()
