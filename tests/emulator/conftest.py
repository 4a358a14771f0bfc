"""The emulator fixtures come from bot.emulator.pytest_fixtures (see tests/conftest.py)."""
