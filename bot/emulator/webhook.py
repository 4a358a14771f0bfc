"""Webhook delivery: POST each update, in order, to the URL given to setWebhook.

Each update goes as a JSON body with the `X-Telegram-Bot-Api-Secret-Token` header when a
secret was set. An update counts as delivered on a 2xx answer; otherwise it is retried with a
growing pause (50 ms up to 1 s) and the failure shows in getWebhookInfo, worded as Telegram
words it ("Wrong response from the webhook: 500 Internal Server Error").
"""

import asyncio
import datetime as dt
from http import HTTPStatus

import aiohttp

from bot.emulator.backend import WEBHOOK, Backend
from bot.emulator.model import WebhookAttempt

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
FIRST_PAUSE = 0.05
LONGEST_PAUSE = 1.0
DELIVERY_TIMEOUT = 10.0
IDLE_WAIT = 1.0


async def deliver_forever(backend: Backend, stopping: asyncio.Event) -> None:
    """Deliver pending updates to the webhook until `stopping` is set."""
    timeout = aiohttp.ClientTimeout(total=DELIVERY_TIMEOUT)
    pause = FIRST_PAUSE
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while not stopping.is_set():
            with backend.lock:
                hook = backend.world.webhook
                queue = backend.world.queue
                first = queue.pending[0] if hook is not None and queue.pending else None
            if hook is None or first is None:
                await queue.changed(IDLE_WAIT)
                continue
            body = backend.tampered(WEBHOOK, first.body)
            with backend.lock:
                if backend.check_update(WEBHOOK, body, "update"):
                    queue.drop(first.update_id)
                    continue
            headers = {SECRET_HEADER: hook.secret_token} if hook.secret_token else {}
            status, error = await _post(session, hook.url, body, headers)
            delivered = status is not None and 200 <= status < 300
            with backend.lock:
                backend.webhook_attempts.append(
                    WebhookAttempt(first.update_id, status, error, dt.datetime.now(dt.UTC))
                )
                if delivered:
                    if queue.pending and queue.pending[0].update_id == first.update_id:
                        queue.pending.popleft()
                elif backend.world.webhook is hook:
                    hook.last_error_date = backend.world.stamp()
                    hook.last_error_message = error
            if delivered:
                pause = FIRST_PAUSE
            else:
                await asyncio.sleep(pause)
                pause = min(pause * 2, LONGEST_PAUSE)


async def _post(
    session: aiohttp.ClientSession, url: str, body: object, headers: dict[str, str]
) -> tuple[int | None, str | None]:
    try:
        async with session.post(url, json=body, headers=headers) as response:
            await response.read()
            status = response.status
    except (aiohttp.ClientError, TimeoutError, OSError) as e:
        return None, _connection_error(e)
    if 200 <= status < 300:
        return status, None
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Unknown"
    return status, f"Wrong response from the webhook: {status} {phrase}"


def _connection_error(error: BaseException) -> str:
    if isinstance(error, TimeoutError | asyncio.TimeoutError):
        return "Read timeout expired"
    if isinstance(error, aiohttp.ClientConnectorError):
        return "Connection refused"
    return f"Connection error: {type(error).__name__}"
