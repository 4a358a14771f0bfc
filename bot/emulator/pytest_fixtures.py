"""pytest fixtures for tests that talk to the Bot API emulator.

Enable them in a conftest.py with `pytest_plugins = ["bot.emulator.pytest_fixtures"]`.

- `emulator`: a running `BotApiEmulator` (default settings), stopped after the test.
- `make_emulator`: a factory taking `BotApiEmulator`'s arguments, for privacy mode and the like.

Either fails the test at teardown when the emulator recorded violations of the Bot API
description. A test that provokes violations on purpose asserts them and then clears
`emulator.violations`.
"""

from collections.abc import Callable, Iterator

import pytest

from bot.emulator.emulator import BotApiEmulator


def violations_report(emulator: BotApiEmulator) -> str | None:
    """A readable list of the emulator's violations, or None when there are none."""
    if not emulator.violations:
        return None
    lines = [f"  - {violation}" for violation in emulator.violations[:20]]
    more = len(emulator.violations) - len(lines)
    if more > 0:
        lines.append(f"  ... and {more} more")
    return "the Bot API emulator recorded violations:\n" + "\n".join(lines)


@pytest.fixture
def make_emulator() -> Iterator[Callable[..., BotApiEmulator]]:
    """Start emulators with custom settings; all are stopped and checked after the test."""
    started: list[BotApiEmulator] = []

    def make(**settings: object) -> BotApiEmulator:
        emulator = BotApiEmulator(**settings)  # type: ignore[arg-type]
        emulator.start()
        started.append(emulator)
        return emulator

    yield make
    for emulator in started:
        emulator.stop()
    reports = [report for report in map(violations_report, started) if report]
    if reports:
        pytest.fail("\n".join(reports), pytrace=False)


@pytest.fixture
def emulator(make_emulator: Callable[..., BotApiEmulator]) -> BotApiEmulator:
    """A running emulator with the default settings."""
    return make_emulator()
