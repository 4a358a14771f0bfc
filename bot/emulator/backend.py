"""What the HTTP side of the emulator shares: the world, its lock and the records it keeps."""

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.emulator.checks import check_result, check_value
from bot.emulator.faults import Injected, Injection, RandomFaults
from bot.emulator.model import Call, Violation, WebhookAttempt
from bot.emulator.spec import ApiSpec
from bot.emulator.world import World

log = logging.getLogger(__name__)

# Pseudo method name for tamper hooks and violations of updates POSTed to a webhook.
WEBHOOK = "webhook"

Tamper = Callable[[object], object]


@dataclass
class Backend:
    """State shared by the request handlers, the poller and the webhook sender."""

    spec: ApiSpec
    world: World
    token: str
    lock: threading.RLock = field(default_factory=threading.RLock)
    calls: list[Call] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    injected: list[Injected] = field(default_factory=list)
    targeted: list[Injection] = field(default_factory=list)
    chaos: RandomFaults | None = None
    tamper: dict[str, Tamper] = field(default_factory=dict)
    webhook_attempts: list[WebhookAttempt] = field(default_factory=list)
    poll_generation: int = 0
    closing: bool = False

    def violate(self, kind: str, method: str, detail: str) -> Violation:
        """Record a violation of the API description (logged by kind and method only)."""
        violation = Violation(kind, method, detail)
        self.violations.append(violation)
        log.warning("Bot API emulator: %s in %s", kind, method)
        return violation

    def tampered(self, method: str, value: object) -> object:
        """`value` after the test hook for `method`, if one is set (the hook may mutate)."""
        hook = self.tamper.get(method)
        if hook is None:
            return value
        replaced = hook(value)
        return value if replaced is None else replaced

    def check_answer(self, method: str, returns: tuple[str, ...], result: object) -> list[str]:
        """Problems with a method's result; each one is recorded as a violation."""
        problems = check_result(self.spec, returns, result)
        for problem in problems:
            self.violate("bad_result", method, problem)
        return problems

    def check_update(self, method: str, update: object, where: str) -> list[str]:
        """Problems with one delivered Update; each one is recorded as a violation."""
        problems = check_value(self.spec, ("Update",), update, where)
        for problem in problems:
            self.violate("bad_update", method, problem)
        return problems
