"""Kindly's pure core: school configuration, rulebooks, detectors and the scoring engine.

Nothing in this package reads files, opens sockets, touches a database or reads the clock:
callers pass text, configuration and `now` in. The Telegram adapter and CLI live in `bot/`.
"""
