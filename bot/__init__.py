"""Kindly's adapters: the command line, loading files and models, and (later) Telegram."""
