"""Shared pytest plugins: the database fixtures (SQLite and PostgreSQL) and the emulator."""

pytest_plugins = ["models.testing", "bot.emulator.pytest_fixtures"]
