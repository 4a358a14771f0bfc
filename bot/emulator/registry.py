"""The table of Bot API methods the emulator implements, filled by the `methods_*` modules."""

from collections.abc import Callable

from bot.emulator.world import World

Handler = Callable[[World, dict], object]
HANDLERS: dict[str, Handler] = {}


def api_method(name: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the implementation of the Bot API method `name`."""

    def register(handler: Handler) -> Handler:
        HANDLERS[name] = handler
        return handler

    return register
