"""Telegram handlers, one concern per module; `bot.application` registers them all."""
