"""getUpdates: long polling that answers as soon as an update arrives.

Telegram's rules are kept: an `offset` confirms (forgets) every earlier update, a negative one
keeps only the last updates, `allowed_updates` sticks until changed, a webhook makes getUpdates
fail with 409, and a newer getUpdates ends an older one that is still waiting with 409.
"""

import asyncio

from bot.emulator import errors
from bot.emulator.backend import Backend

MAX_LIMIT = 100


async def get_updates(backend: Backend, params: dict) -> list[dict]:
    """Updates from the offset on, waiting up to `timeout` seconds for the first one.

    Raises:
        ApiError: 409 while a webhook is set, or when a newer getUpdates takes over.
    """
    loop = asyncio.get_running_loop()
    queue = backend.world.queue
    with backend.lock:
        if backend.world.webhook is not None:
            raise errors.conflict(errors.WEBHOOK_ACTIVE)
        queue.set_allowed(params.get("allowed_updates"))
        offset = params.get("offset")
        if offset is not None and offset < 0:
            queue.keep_last(-offset)
        elif offset is not None:
            queue.confirm_below(offset)
        backend.poll_generation += 1
        generation = backend.poll_generation
    limit = min(max(params.get("limit", MAX_LIMIT), 1), MAX_LIMIT)
    deadline = loop.time() + max(params.get("timeout", 0), 0)
    queue.wake()  # an older poll still waiting must notice it was taken over
    while True:
        with backend.lock:
            if generation != backend.poll_generation:
                raise errors.conflict(errors.OTHER_POLL)
            if backend.world.webhook is not None:
                raise errors.conflict(errors.WEBHOOK_ACTIVE)
            batch = [update.body for update in queue.take(limit)]
        remaining = deadline - loop.time()
        if batch or remaining <= 0 or backend.closing:
            return _checked(backend, batch)
        await queue.changed(remaining)


def _checked(backend: Backend, batch: list[dict]) -> list[dict]:
    answer = backend.tampered("getUpdates", batch)
    if not isinstance(answer, list):
        backend.violate("bad_result", "getUpdates", "result: expected Array of Update")
        raise errors.emulator_error("getUpdates result is not an Array of Update")
    bad: list[str] = []
    with backend.lock:
        for index, update in enumerate(answer):
            problems = backend.check_update("getUpdates", update, f"result[{index}]")
            if problems:
                bad.extend(problems)
                update_id = update.get("update_id") if isinstance(update, dict) else None
                if isinstance(update_id, int):
                    # Drop it so the bot is not stuck on an update it can never receive.
                    backend.world.queue.drop(update_id)
    if bad:
        raise errors.emulator_error("invalid Update: " + "; ".join(bad[:5]))
    return answer
