"""Fixtures for the emulator's tests.

The suite-wide way is `pytest_plugins = ["bot.emulator.pytest_fixtures"]` in tests/conftest.py;
pytest allows that only in the top-level conftest, so this folder imports the fixtures.
"""

from bot.emulator.pytest_fixtures import emulator, make_emulator

__all__ = ["emulator", "make_emulator"]
